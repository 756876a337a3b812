package io.quanta.contract.governance.check;

import static io.quanta.contract.governance.check.CheckFixtures.contract;
import static io.quanta.contract.governance.check.CheckFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.contract.model.DataContract;
import org.junit.jupiter.api.Test;

class SchemaChecksTest {

  private static final DataContract ORDERS = contract("""
      description: {purpose: Orders as placed.}
      schema:
        - name: orders
          physicalType: table
          description: One row per order.
          quality: [{metric: rowCount, mustBeGreaterThan: 0}]
          properties:
            - {name: id, primaryKey: true, description: The order id.}
            - name: lines
              description: The order lines.
              logicalType: array
              items:
                logicalType: object
                properties:
                  - {name: sku, description: Product code., quality: [{metric: nullValues, mustBe: 0}]}
        - name: events
          physicalType: topic
          properties:
            - {name: payload, quality: [{rule: duplicateCount, mustBe: 0}]}
      """);

  @Test
  void descriptions_report_each_target_missing_one() throws Exception {
    assertThat(rule(Descriptions.CHECK, "").evaluate(ORDERS))
        .extracting(Violation::path)
        .containsExactly("/schema/1", "/schema/1/properties/0");
    assertThat(rule(Descriptions.CHECK, "targets: [contract]").evaluate(contract("")))
        .extracting(Violation::path).containsExactly("/description");
  }

  @Test
  void descriptions_pass_when_the_targets_are_described() throws Exception {
    assertThat(rule(Descriptions.CHECK, "targets: [contract, object]").evaluate(contract("""
        description: {purpose: Orders.}
        schema: [{name: orders, description: One row per order., properties: [{name: id}]}]
        """))).isEmpty();
  }

  @Test
  void descriptions_reject_an_unknown_target() {
    assertThatThrownBy(() -> rule(Descriptions.CHECK, "targets: [column]"))
        .hasMessageContaining("'column' is not a description target; use contract, object or property");
  }

  @Test
  void primary_key_reports_objects_without_one() throws Exception {
    assertThat(rule(PrimaryKey.CHECK, "").evaluate(ORDERS)).singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/schema/1"))
        .satisfies(v -> assertThat(v.message()).startsWith("object events has no primary key"));
  }

  @Test
  void primary_key_with_physical_types_checks_only_those_objects() throws Exception {
    assertThat(rule(PrimaryKey.CHECK, "physicalTypes: [TABLE]").evaluate(ORDERS)).isEmpty();
    assertThat(rule(PrimaryKey.CHECK, "physicalTypes: [topic]").evaluate(ORDERS)).hasSize(1);
    assertThat(rule(PrimaryKey.CHECK, "").atLeastAsStrictAs(rule(PrimaryKey.CHECK, "physicalTypes: [table]")))
        .isTrue();
  }

  @Test
  void quality_metrics_at_object_level_look_at_the_objects_own_rules() throws Exception {
    assertThat(rule(RequiredQualityMetrics.CHECK, "metrics: [rowCount]\nlevel: object").evaluate(ORDERS))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("object events has no rowCount quality rule in its own"
            + " quality list"));
  }

  @Test
  void quality_metrics_at_property_level_look_at_nested_properties_too() throws Exception {
    PolicyRule nulls = rule(RequiredQualityMetrics.CHECK, "metrics: [nullvalues]\nlevel: property");

    assertThat(nulls.evaluate(ORDERS)).extracting(Violation::path).containsExactly("/schema/1");
    assertThat(rule(RequiredQualityMetrics.CHECK, "metrics: [rowCount]\nlevel: property").evaluate(ORDERS))
        .hasSize(2);
  }

  @Test
  void quality_metrics_accept_the_v30_rule_names() throws Exception {
    PolicyRule duplicates = rule(RequiredQualityMetrics.CHECK, "metrics: [duplicateValues]");

    assertThat(duplicates.evaluate(ORDERS)).extracting(Violation::path).containsExactly("/schema/0");
    assertThat(duplicates.params().get("level").asText()).isEqualTo("any");
  }

  @Test
  void quality_metrics_reject_unknown_metrics_and_levels() {
    assertThatThrownBy(() -> rule(RequiredQualityMetrics.CHECK, "metrics: [freshness]"))
        .hasMessageContaining("'freshness' is not an ODCS library metric");
    assertThatThrownBy(() -> rule(RequiredQualityMetrics.CHECK, "metrics: [rowCount]\nlevel: table"))
        .hasMessageContaining("use object, property or any");
  }

  @Test
  void a_specific_level_is_stricter_than_any() throws Exception {
    PolicyRule any = rule(RequiredQualityMetrics.CHECK, "metrics: [rowCount]");
    PolicyRule object = rule(RequiredQualityMetrics.CHECK, "metrics: [rowCount, nullValues]\nlevel: object");

    assertThat(object.atLeastAsStrictAs(any)).isTrue();
    assertThat(any.atLeastAsStrictAs(object)).isFalse();
  }
}
