package io.quanta.runtime.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.quality.ObjectPlan.Scan;
import io.quanta.runtime.quality.ObjectPlan.Unrunnable;
import io.quanta.runtime.schema.Catalog;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QualityPlannerTest {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: shop
      version: 1.0.0
      status: active
      schema:
        - name: orders
          quality:
            - {metric: rowCount, mustBeGreaterThan: 0}
            - {metric: duplicateValues, arguments: {properties: [tenant, order_id]}, mustBe: 0}
            - {type: sql, query: "SELECT COUNT(*) FROM {object} WHERE amount < 0", mustBe: 0, name: no-negative}
            - {type: text, description: Orders are complete.}
          properties:
            - name: order_id
              logicalType: integer
              quality:
                - {metric: nullValues, mustBe: 0}
                - {metric: duplicateValues, mustBe: 0, unit: percent}
            - name: tenant
              logicalType: string
              quality:
                - {metric: missingValues, arguments: {missingValues: [null, '', 'N/A']}, mustBeLessThan: 5}
                - {metric: invalidValues, arguments: {validValues: [eu, us], pattern: '^[a-z]+$'}, mustBe: 0}
            - name: amount
              logicalType: number
              quality:
                - {metric: missingValues, mustBe: 0}
                - {metric: invalidValues, arguments: {validValues: ['1.5', 'N/A', 2]}, mustBe: 0}
                - {type: custom, engine: soda, implementation: "type: avg"}
                - {metric: nullValues, unit: bananas, mustBe: 0}
                - {metric: rowCount, unit: percent, mustBe: 0}
                - {metric: averageValue, mustBe: 0}
                - {type: sql, query: "DELETE FROM {object}", mustBe: 0}
        - name: lines
          properties:
            - {name: sku, logicalType: string, quality: [{metric: nullValues, mustBe: 0}]}
      """;

  static QualityPlan plan(String yaml) throws Exception {
    DataContract contract = ContractCodec.read(yaml);
    return QualityPlanner.plan(contract, Catalog.of(contract, Map.of()));
  }

  @Test
  void folds_every_library_rule_of_an_object_into_one_scan() throws Exception {
    ObjectPlan orders = plan(CONTRACT).objects().get(0);
    Scan scan = orders.scan();

    assertThat(orders.measures()).hasSize(8);
    assertThat(scan.sql()).startsWith("SELECT COUNT(*), COUNT(*), COUNT(CASE WHEN `tenant` IS NOT NULL AND")
        .endsWith(" FROM `orders`")
        .contains("COUNT(`order_id`) - COUNT(DISTINCT `order_id`)")
        .contains("- COUNT(DISTINCT `tenant`, `order_id`)")
        .contains("`tenant` IS NULL OR `tenant` IN (?, ?)")
        .contains("NOT (`tenant` IN (?, ?) AND `tenant` REGEXP ?)")
        .doesNotContain("'");
    assertThat(scan.sql().split("SELECT", -1)).hasSize(2);
  }

  @Test
  void binds_argument_values_as_parameters_of_the_column_type() throws Exception {
    Scan scan = plan(CONTRACT).objects().get(0).scan();

    assertThat(scan.parameters()).containsExactly("", "N/A", "eu", "us", "^[a-z]+$", new BigDecimal("1.5"),
        new BigDecimal("2"));
  }

  @Test
  void counts_one_statement_per_object_plus_one_per_sql_rule() throws Exception {
    QualityPlan plan = plan(CONTRACT);

    assertThat(plan.objects()).hasSize(2);
    assertThat(plan.objects().get(0).queries()).hasSize(1);
    assertThat(plan.statements()).isEqualTo(3);
    assertThat(plan.objects().get(1).scan().sql())
        .isEqualTo("SELECT COUNT(*), COUNT(*) - COUNT(`sku`) FROM `lines`");
  }

  @Test
  void names_rules_by_id_then_name_then_place_and_metric_and_numbers_repeats() throws Exception {
    assertThat(plan(CONTRACT).rules()).extracting(PlannedRule::id).contains("orders.rowCount",
        "orders.duplicateValues", "no-negative", "orders.order_id.nullValues", "orders.amount.missingValues",
        "orders.amount.custom", "orders.text", "orders.amount.nullValues", "orders.amount.rowCount",
        "orders.amount.sql", "lines.sku.nullValues");
    assertThat(plan("""
        apiVersion: v3.1.0
        kind: DataContract
        id: x
        version: 1.0.0
        status: active
        schema:
          - name: t
            properties:
              - {name: a, quality: [{metric: nullValues, mustBe: 0}, {metric: nullValues, mustBeLessThan: 2},
                 {id: own-id, metric: nullValues}]}
        """).rules()).extracting(PlannedRule::id)
        .containsExactly("t.a.nullValues", "t.a.nullValues#2", "own-id");
  }

  @Test
  void lists_rules_in_contract_order_whatever_their_kind() throws Exception {
    assertThat(plan(CONTRACT).objects().get(0).rules()).extracting(PlannedRule::id).startsWith("orders.rowCount",
        "orders.duplicateValues", "no-negative", "orders.text", "orders.order_id.nullValues",
        "orders.order_id.duplicateValues");
  }

  @Test
  void keeps_rules_that_cannot_run_with_the_reason() throws Exception {
    Map<String, Unrunnable> byId = plan(CONTRACT).objects().get(0).unrunnable().stream()
        .collect(Collectors.toMap(u -> u.rule().id(), Function.identity()));

    assertThat(byId.get("orders.text").outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(byId.get("orders.amount.custom").outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(byId.get("orders.amount.custom").detail()).contains("soda");
    assertThat(byId.get("orders.amount.nullValues").detail()).contains("unit 'bananas'");
    assertThat(byId.get("orders.amount.rowCount").detail()).contains("unit percent does not apply");
    assertThat(byId.get("orders.amount.averageValue").detail()).contains("not an ODCS library metric");
    assertThat(byId.get("orders.amount.sql").outcome()).isEqualTo(Outcome.ERROR);
    assertThat(byId.get("orders.amount.sql").detail()).startsWith("refused");
  }

  @Test
  void refuses_property_metrics_on_objects_and_object_duplicates_without_properties() throws Exception {
    ObjectPlan plan = plan("""
        apiVersion: v3.1.0
        kind: DataContract
        id: x
        version: 1.0.0
        status: active
        schema:
          - name: t
            quality:
              - {metric: nullValues, mustBe: 0}
              - {metric: duplicateValues, mustBe: 0}
              - {metric: duplicateValues, arguments: {properties: [a, nope]}, mustBe: 0}
              - {metric: invalidValues, mustBe: 0}
            properties:
              - {name: a, quality: [{metric: invalidValues, mustBe: 0}, {metric: invalidValues,
                 arguments: {pattern: '(unclosed'}}]}
        """).objects().get(0);

    assertThat(plan.measures()).isEmpty();
    assertThat(plan.unrunnable()).extracting(Unrunnable::detail).containsExactly(
        "nullValues counts values of one property: put the rule under the property",
        "duplicateValues on an object needs arguments.properties, the properties whose combination must be unique,"
            + " like [tenant_id, order_id]",
        "arguments.properties names 'nope', which is not a property of t",
        "invalidValues counts values of one property: put the rule under the property",
        "invalidValues needs arguments.validValues (a list) or arguments.pattern (a regular expression)",
        "arguments.pattern is not a valid regular expression: Unclosed group");
  }

  @Test
  void missing_values_default_to_null_and_empty_text_and_drop_values_the_column_cannot_hold() throws Exception {
    ObjectPlan plan = plan("""
        apiVersion: v3.1.0
        kind: DataContract
        id: x
        version: 1.0.0
        status: active
        schema:
          - name: t
            properties:
              - {name: s, logicalType: string, quality: [{metric: missingValues}]}
              - {name: n, logicalType: integer, quality: [{metric: missingValues},
                 {metric: missingValues, arguments: {missingValues: ['N/A', -1]}}]}
        """).objects().get(0);

    assertThat(plan.measures()).extracting(ObjectPlan.Measure::expression).containsExactly(
        "COUNT(*) - COUNT(NULLIF(`s`, ?))",
        "COUNT(*) - COUNT(`n`)",
        "COUNT(CASE WHEN `n` IN (?) THEN 1 END)");
    assertThat(plan.scan().parameters()).containsExactly("", -1L);
  }
}
