package io.quanta.dictionary.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quanta.contract.codec.ContractCodec;
import org.junit.jupiter.api.Test;

class ContractFieldsTest {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: 1.0.0
      status: active
      domain: Sales
      tags: [Orders]
      description: {purpose: Orders., usage: Join on order_id.}
      team: {name: shop, members: [{username: old, role: owner, dateOut: '2020-01-01'}, {username: olga, role: Data Owner}]}
      slaDefaultElement: orders.placed_at
      slaProperties:
        - {property: latency, value: 4, unit: h}
        - {property: retention, value: 1, unit: y, element: orders.order_id}
      schema:
        - name: orders
          quality:
            - {metric: duplicateValues, mustBe: 0, arguments: {properties: [order_id]}, severity: error}
          properties:
            - {name: order_id, logicalType: integer, primaryKey: true, classification: Internal}
            - name: email
              logicalType: string
              tags: [PII]
              classification: restricted
              customProperties:
                - {property: inheritedFrom, value: party@1.0.0}
              quality:
                - {metric: nullValues, mustBeLessThan: 5, unit: percent}
            - {name: placed_at, logicalType: timestamp}
            - name: address
              logicalType: object
              properties:
                - {name: city, logicalType: string}
      """;

  @Test
  void lists_every_field_at_any_depth_with_its_origin_rules_and_sla() throws Exception {
    JsonNode tree = ContractCodec.parse("orders", CONTRACT).tree();
    ArrayNode fields = ContractFields.of(tree);

    assertThat(fields).hasSize(5);
    assertThat(fields.get(4).path("path").asText()).isEqualTo("orders.address.city");
    JsonNode id = fields.get(0);
    assertThat(id.path("classification").asText()).isEqualTo("internal");
    assertThat(id.path("primaryKey").asBoolean()).isTrue();
    assertThat(id.path("quality").get(0).path("rule").asText()).isEqualTo("duplicateValues = 0");
    assertThat(id.path("sla").get(0).path("property").asText()).isEqualTo("retention");
    JsonNode email = fields.get(1);
    assertThat(email.path("inherited").asBoolean()).isTrue();
    assertThat(email.path("inheritedFrom").asText()).isEqualTo("party@1.0.0");
    assertThat(email.path("pii").asBoolean()).isTrue();
    assertThat(email.path("tags").get(0).asText()).isEqualTo("pii");
    assertThat(email.path("quality").get(0).path("rule").asText()).isEqualTo("nullValues < 5 %");
    assertThat(fields.get(2).path("sla").get(0).path("value").asText()).isEqualTo("4");
    assertThat(fields.get(3).path("inherited").asBoolean()).isFalse();
  }

  @Test
  void facts_are_lower_case_and_the_owner_is_the_current_owner() throws Exception {
    JsonNode tree = ContractCodec.parse("orders", CONTRACT).tree();
    var doc = ContractCodec.jsonMapper().createObjectNode();
    ContractFacts.put(doc, tree, ContractFields.of(tree));

    assertThat(doc.path("domain").asText()).isEqualTo("sales");
    assertThat(doc.path("owner").asText()).isEqualTo("olga");
    assertThat(doc.path("tags").toString()).isEqualTo("[\"orders\"]");
    assertThat(doc.path("classifications").toString()).isEqualTo("[\"internal\",\"restricted\"]");
    assertThat(doc.path("description").asText()).isEqualTo("Orders. Join on order_id.");
    assertThat(ContractFacts.parentId(tree)).isNull();
  }

  @Test
  void the_newest_version_prefers_releases() {
    assertThat(ContractStore.newest(java.util.List.of("1.0.0", "2.0.0-rc1", "1.10.0", "1.9.0"))).isEqualTo("1.10.0");
    assertThat(ContractStore.newest(java.util.List.of("2.0.0-rc1", "2.0.0-rc2"))).isEqualTo("2.0.0-rc2");
  }
}
