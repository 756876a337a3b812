package io.quanta.contract.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticChecksTest {

  private static final String HEAD = """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: 1.0.0
      status: active
      """;

  private final ContractLinter linter = ContractLinter.create();

  @Test
  void warns_about_an_object_declared_twice() {
    List<Finding> findings = lint("""
        schema:
          - name: orders
          - name: orders
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.code()).isEqualTo("duplicate-object");
      assertThat(f.path()).isEqualTo("/schema/1/name");
      assertThat(f.position().line()).isEqualTo(8);
      assertThat(f.message()).isEqualTo("object 'orders' is declared twice (first at line 7)");
    });
  }

  @Test
  void warns_about_a_property_declared_twice_also_when_nested() {
    List<Finding> findings = lint("""
        schema:
          - name: orders
            properties:
              - name: id
              - name: id
              - name: address
                logicalType: object
                properties:
                  - name: city
                  - name: city
        """);

    assertThat(findings).extracting(Finding::code).containsExactly("duplicate-property", "duplicate-property");
    assertThat(findings.get(1).message()).isEqualTo("property 'city' is declared twice in 'orders.address' (first at line 14)");
  }

  @Test
  void warns_about_a_key_written_twice() {
    List<Finding> findings = lint("""
        schema:
          - name: orders
            name: invoices
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("duplicate-key");
      assertThat(f.position().line()).isEqualTo(8);
      assertThat(f.message()).isEqualTo(
          "field 'name' appears twice in schema[0] (first at line 7); the last value wins and the first is ignored");
    });
  }

  @Test
  void warns_about_quality_arguments_that_name_missing_properties() {
    List<Finding> findings = lint("""
        schema:
          - name: orders
            properties:
              - name: order_id
            quality:
              - metric: duplicateValues
                mustBe: 0
                arguments:
                  properties: [order_id, ordr_date]
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("unknown-reference");
      assertThat(f.path()).isEqualTo("/schema/0/quality/0/arguments/properties/1");
      assertThat(f.message()).isEqualTo(
          "quality rule 'duplicateValues' names property 'ordr_date', which object 'orders' does not have");
    });
  }

  @Test
  void checks_relationship_ends_but_leaves_other_contracts_alone() {
    List<Finding> findings = lint("""
        schema:
          - name: orders
            properties:
              - name: customer_id
                relationships:
                  - to: customers.custmer_id
                  - to: payments.order_id
            relationships:
              - from: orders.customer
                to: schema/customers/properties/customer_id
          - name: customers
            properties:
              - name: customer_id
        """);

    assertThat(findings).extracting(Finding::message).containsExactly(
        "relationship to 'customers.custmer_id' names property 'custmer_id', which object 'customers' does not"
            + " have; did you mean 'customer_id'?",
        "relationship from 'orders.customer' names property 'customer', which object 'orders' does not have");
  }

  @Test
  void a_relationship_from_must_name_an_object_of_this_contract() {
    List<Finding> findings = lint("""
        schema:
          - name: orders
            relationships:
              - from: order.id
                to: customers.id
        """);

    assertThat(findings).singleElement().extracting(Finding::message).isEqualTo(
        "relationship from 'order.id' names object 'order', which this contract does not declare (objects: orders);"
            + " did you mean 'orders'?");
  }

  @Test
  void reports_a_wrong_sla_element_once_however_many_slas_name_it() {
    List<Finding> findings = lint("""
        schema:
          - name: orders
            physicalName: tbl_orders
            properties:
              - name: created
                physicalName: created_ts
        slaProperties:
          - property: latency
            value: 4
            element: tbl_orders.created_ts
          - property: retention
            value: 3
            element: orders.created_at
          - property: frequency
            value: 1
            element: orders.created_at, orders.created
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("/slaProperties/1/element");
      assertThat(f.message()).isEqualTo("SLA element 'orders.created_at' names property 'created_at', which object"
          + " 'orders' does not have (1 more SLA property names it too)");
    });
  }

  @Test
  void never_checks_transform_source_objects() {
    assertThat(lint("""
        schema:
          - name: orders
            properties:
              - name: id
                transformSourceObjects: [upstream_orders, somewhere.else]
        """)).isEmpty();
  }

  @Test
  void warns_about_required_options_naming_missing_nested_properties() {
    List<Finding> findings = lint("""
        schema:
          - name: orders
            properties:
              - name: address
                logicalType: object
                logicalTypeOptions:
                  required: [city, zip]
                properties:
                  - name: city
        """);

    assertThat(findings).singleElement().extracting(Finding::path)
        .isEqualTo("/schema/0/properties/0/logicalTypeOptions/required/1");
  }

  @Test
  void warns_about_primary_key_positions_that_cannot_be_meant() {
    List<Finding> findings = lint("""
        schema:
          - name: orders
            properties:
              - name: id
                primaryKey: true
                primaryKeyPosition: 1
              - name: line
                primaryKey: true
                primaryKeyPosition: 1
              - name: note
                primaryKeyPosition: 2
              - name: region
                primaryKey: true
        """);

    assertThat(findings).extracting(Finding::code).containsOnly("primary-key");
    assertThat(findings).extracting(Finding::message).containsExactly(
        "'line' and 'id' both have primaryKeyPosition 1 in 'orders'",
        "primaryKeyPosition 2 is set on 'note' in 'orders', but primaryKey is not true, so it is not part of the"
            + " primary key",
        "the primary key of 'orders' has 3 properties (id, line, region) but 'region' has no primaryKeyPosition"
            + " while the others have one");
  }

  @Test
  void leaves_a_composite_key_without_any_positions_alone() {
    assertThat(lint("""
        schema:
          - name: orders
            properties:
              - name: id
                primaryKey: true
                primaryKeyPosition: -1
              - name: line
                primaryKey: true
        """)).isEmpty();
  }

  @Test
  void warns_about_values_that_break_a_declared_format() {
    List<Finding> findings = lint("""
        contractCreatedTs: "2024-01-01"
        servers:
          - server: lake
            type: s3
            location: my-bucket/orders
          - server: events
            type: kafka
            host: broker:9092
            format: avro
        team:
          members:
            - username: alice
              dateIn: "2024-02-30"
              dateOut: "2024-03-01"
        """);

    assertThat(findings).extracting(Finding::code).containsOnly("format");
    assertThat(findings).extracting(Finding::path)
        .containsExactly("/contractCreatedTs", "/servers/0/location", "/team/members/0/dateIn");
    assertThat(findings.get(0).message()).startsWith(
        "contractCreatedTs '2024-01-01' is not an RFC 3339 date-time (like 2024-05-31T10:00:00Z)");
  }

  @Test
  void accepts_values_in_their_declared_format() {
    assertThat(lint("""
        contractCreatedTs: "2024-01-01 10:00:00.123+02:00"
        servers:
          - server: lake
            type: s3
            location: s3://my-bucket/orders
        team:
          - username: alice
            dateIn: "2024-02-29"
        """)).isEmpty();
  }

  @Test
  void a_malformed_extends_reference_is_an_error() {
    List<Finding> findings = lint("""
        customProperties:
          - property: extends
            value: "sales-base@latest"
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.code()).isEqualTo("invalid-extends");
      assertThat(f.path()).isEqualTo("/customProperties/0/value");
      assertThat(f.message()).isEqualTo(
          "invalid extends 'sales-base@latest': 'latest' is not a version: use 2, 2.1, 2.1.0 or 2.x");
    });
  }

  @Test
  void extends_must_be_text_and_given_once() {
    List<Finding> findings = lint("""
        customProperties:
          - property: extends
            value: [a, b]
          - property: extends
            value: other
        """);

    assertThat(findings).extracting(Finding::code).containsExactly("invalid-extends", "invalid-extends");
    assertThat(findings.get(0).message()).startsWith("the extends value must be text");
    assertThat(findings.get(1).message()).startsWith("a contract extends one parent");
  }

  @Test
  void a_valid_extends_reference_passes() {
    assertThat(lint("""
        customProperties:
          - property: extends
            value: sales-base@2.1
        """)).isEmpty();
  }

  @Test
  void checks_survive_elements_of_the_wrong_shape() {
    LintReport report = linter.lint("shapes", HEAD + """
        schema:
          - orders
          - name: [x]
            properties: nothing
            quality: [1, {arguments: 3}, {arguments: {properties: 5}}]
            relationships: {from: 1}
          - name: ok
            properties:
              - 7
              - name: {a: 1}
                primaryKey: yes
                primaryKeyPosition: first
                relationships: [{to: 3}]
                items: 4
        slaProperties: {element: x}
        slaDefaultElement: [1]
        customProperties: [extends, {property: extends}]
        """);

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings()).allMatch(f -> f.code().startsWith("schema"));
  }

  private List<Finding> lint(String body) {
    return linter.lint("test.yaml", HEAD + body).findings();
  }
}
