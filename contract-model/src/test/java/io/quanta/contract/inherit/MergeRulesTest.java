package io.quanta.contract.inherit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.model.CustomProperty;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SchemaObject;
import io.quanta.contract.model.SchemaProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merge rules shown on small inline contracts: fundamentals, nesting, matching of rules and SLAs, markers. */
class MergeRulesTest {

  private static final String PARENT_HEAD = "apiVersion: v3.1.0\nkind: DataContract\nid: parent\nversion: 1.0.0\n"
      + "status: active\n";
  private static final String CHILD_HEAD = "apiVersion: v3.1.0\nkind: DataContract\nid: child\nversion: 1.0.0\n"
      + "status: active\n";

  @Test
  void fundamentals_take_the_childs_value_else_the_parents_and_tags_unite() throws Exception {
    DataContract effective = resolve("""
        name: Parent
        domain: enterprise
        tenant: quanta
        tags: [a, b]
        contractCreatedTs: "2024-01-01T00:00:00Z"
        description:
          purpose: parent purpose
          limitations: parent limitations
        customProperties:
          - property: owner
            value: enterprise
          - property: region
            value: eu
        """, """
        domain: retail
        tags: [b, c]
        description:
          purpose: child purpose
        customProperties:
          - property: owner
            value: retail
        """).contract();

    assertThat(effective.id()).isEqualTo("child");
    assertThat(effective.name()).isEqualTo("Parent");
    assertThat(effective.domain()).isEqualTo("retail");
    assertThat(effective.tenant()).isEqualTo("quanta");
    assertThat(effective.tags()).containsExactly("a", "b", "c");
    assertThat(effective.contractCreatedTs()).isNull();
    assertThat(effective.description().purpose()).isEqualTo("child purpose");
    assertThat(effective.description().limitations()).isEqualTo("parent limitations");
    assertThat(effective.customProperties()).extracting(CustomProperty::property, CustomProperty::textValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("owner", "retail"),
            org.assertj.core.groups.Tuple.tuple("region", "eu"));
    assertThat(effective.extendsValue()).isEmpty();
  }

  @Test
  void nested_properties_merge_by_name_and_omitting_one_inherits_it() throws Exception {
    EffectiveContract effective = resolve("""
        schema:
          - name: orders
            properties:
              - name: address
                logicalType: object
                properties:
                  - name: street
                    logicalType: string
                    required: true
                  - name: city
                    logicalType: string
        """, """
        schema:
          - name: orders
            properties:
              - name: address
                properties:
                  - name: city
                    required: true
                  - name: zip
                    logicalType: string
        """);
    SchemaProperty address = effective.contract().object("orders").orElseThrow().property("address").orElseThrow();

    assertThat(address.children()).extracting(SchemaProperty::name).containsExactly("street", "city", "zip");
    assertThat(address.children().get(0).requiredFlag()).isTrue();
    assertThat(address.children().get(1).requiredFlag()).isTrue();
    assertThat(effective.origin("/schema/0/properties/0/properties/0").orElseThrow().definedBy().id())
        .isEqualTo("parent");
    assertThat(effective.origin("/schema/0/properties/0/properties/2")).contains(Origin.own(child()));
  }

  @Test
  void nested_properties_refuse_loosening_too() throws Exception {
    Finding finding = refuse("""
        schema:
          - name: orders
            properties:
              - name: address
                logicalType: object
                properties:
                  - name: street
                    logicalType: string
                    required: true
        """, """
        schema:
          - name: orders
            properties:
              - name: address
                properties:
                  - name: street
                    required: false
        """);

    assertThat(finding.message()).contains("required of orders.address.street from true to false");
    assertThat(finding.path()).isEqualTo("/schema/0/properties/0/properties/0/required");
  }

  @Test
  void an_object_without_a_key_may_get_one() throws Exception {
    SchemaObject orders = resolve("""
        schema:
          - name: orders
            properties:
              - name: order_id
                logicalType: string
        """, """
        schema:
          - name: orders
            properties:
              - name: order_id
                primaryKey: true
              - name: line
                logicalType: integer
                primaryKey: true
        """).contract().object("orders").orElseThrow();

    assertThat(orders.primaryKey()).extracting(SchemaProperty::name).containsExactly("order_id", "line");
  }

  @Test
  void an_object_may_not_change_its_kind() throws Exception {
    assertThat(refuse("schema:\n  - name: orders\n    physicalType: table\n",
        "schema:\n  - name: orders\n    physicalType: topic\n").code()).isEqualTo("override-retype");
  }

  @Test
  void allowed_values_may_shrink_but_not_grow_and_required_names_unite() throws Exception {
    String parent = """
        schema:
          - name: orders
            properties:
              - name: status
                logicalType: string
                logicalTypeOptions:
                  enum: [new, paid, shipped]
              - name: payload
                logicalType: object
                logicalTypeOptions:
                  required: [id]
              - name: amount
                logicalType: number
                logicalTypeOptions:
                  multipleOf: 0.5
        """;
    SchemaObject orders = resolve(parent, """
        schema:
          - name: orders
            properties:
              - name: status
                logicalTypeOptions:
                  enum: [paid, shipped]
              - name: payload
                logicalTypeOptions:
                  required: [kind]
              - name: amount
                logicalTypeOptions:
                  multipleOf: 1.5
        """).contract().object("orders").orElseThrow();

    assertThat(orders.property("status").orElseThrow().logicalTypeOptions().get("enum").toString())
        .isEqualTo("[\"paid\",\"shipped\"]");
    assertThat(orders.property("payload").orElseThrow().logicalTypeOptions().get("required").toString())
        .isEqualTo("[\"id\",\"kind\"]");
    assertThat(refuse(parent, """
        schema:
          - name: orders
            properties:
              - name: status
                logicalTypeOptions:
                  enum: [new, paid, shipped, lost]
        """).message()).contains("enum may only drop values");
    assertThat(refuse(parent, """
        schema:
          - name: orders
            properties:
              - name: amount
                logicalTypeOptions:
                  multipleOf: 0.25
        """).message()).contains("multipleOf may only become a multiple");
    assertThat(refuse("""
        schema:
          - name: orders
            properties:
              - name: code
                logicalType: string
                logicalTypeOptions:
                  format: uuid
        """, """
        schema:
          - name: orders
            properties:
              - name: code
                logicalTypeOptions:
                  format: email
        """).message()).contains("format must stay as inherited");
  }

  @Test
  void a_rule_without_id_or_name_overrides_the_only_parent_rule_of_its_metric() throws Exception {
    String parent = """
        schema:
          - name: orders
            quality:
              - metric: rowCount
                mustBeGreaterThan: 10
              - metric: nullValues
                mustBeLessThan: 5
              - metric: nullValues
                mustBeLessThan: 8
        """;
    SchemaObject orders = resolve(parent, """
        schema:
          - name: orders
            quality:
              - metric: rowCount
                mustBeGreaterThan: 20
              - metric: nullValues
                mustBeLessThan: 100
        """).contract().object("orders").orElseThrow();

    // rowCount overrode the parent's only rowCount rule; nullValues matched two rules, so it was added.
    assertThat(orders.qualityRules()).hasSize(4);
    assertThat(orders.qualityRules().get(0).mustBeGreaterThan().intValue()).isEqualTo(20);
    assertThat(refuse(parent, """
        schema:
          - name: orders
            quality:
              - metric: rowCount
                mustBeGreaterThan: 5
        """).code()).isEqualTo("override-threshold");
  }

  @Test
  void sla_properties_match_by_property_and_element() throws Exception {
    String parent = """
        slaProperties:
          - property: latency
            value: 4
            unit: d
            element: orders.created_at
          - property: timeOfAvailability
            value: 09:00-08:00
            driver: regulatory
          - property: timeOfAvailability
            value: 08:00-08:00
            driver: analytics
          - property: endOfSupport
            value: "2030-01-01"
        """;
    DataContract effective = resolve(parent, """
        slaProperties:
          - property: Latency
            value: 1
            unit: day
          - property: timeOfAvailability
            value: 08:00-08:00
            driver: analytics
          - property: endOfSupport
            value: "2031-06-30T00:00:00Z"
        """).contract();

    assertThat(effective.slaProperties()).hasSize(4);
    assertThat(effective.slaProperties().get(0).element()).isEqualTo("orders.created_at");
    assertThat(effective.slaProperties().get(0).value().asInt()).isEqualTo(1);
    assertThat(refuse(parent, """
        slaProperties:
          - property: timeOfAvailability
            value: 10:00-08:00
            driver: regulatory
        """).message()).contains("do not compare, so it must stay as inherited");
    assertThat(refuse(parent, """
        slaProperties:
          - property: endOfSupport
            value: "2029-12-31"
        """).message()).contains("endofsupport may only get later");
  }

  @Test
  void the_resolver_owns_its_markers_and_a_printed_contract_resolves_again_to_the_same() throws Exception {
    EffectiveContract first = resolve("""
        schema:
          - name: orders
            properties:
              - name: id
                logicalType: string
        """, "schema:\n  - name: orders\n    properties:\n      - name: total\n        logicalType: number\n");
    DataContract printed = first.annotated();

    EffectiveContract again = new InheritanceResolver(ContractSource.of(List.of())).resolve(printed)
        .effective().orElseThrow();

    assertThat(ContractCodec.toTree(again.contract())).isEqualTo(ContractCodec.toTree(first.contract()));
  }

  private static ContractRef child() {
    return new ContractRef("child", "1.0.0");
  }

  private static EffectiveContract resolve(String parent, String child) throws Exception {
    Resolution resolution = resolution(parent, child);
    assertThat(resolution.findings()).isEmpty();
    return resolution.effective().orElseThrow();
  }

  private static Finding refuse(String parent, String child) throws Exception {
    Resolution resolution = resolution(parent, child);
    assertThat(resolution.resolved()).isFalse();
    assertThat(resolution.findings()).hasSize(1);
    return resolution.findings().get(0);
  }

  private static Resolution resolution(String parent, String child) throws Exception {
    String extendsParent = "customProperties:\n  - property: extends\n    value: parent@1\n";
    String body = child.contains("customProperties:\n")
        ? child.replace("customProperties:\n", extendsParent) : extendsParent + child;
    DataContract p = ContractCodec.read(PARENT_HEAD + parent);
    DataContract c = ContractCodec.read(CHILD_HEAD + body);
    return new InheritanceResolver(ContractSource.of(List.of(p))).resolve(c);
  }
}
