package io.quanta.contract.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SemVer.Bump;
import java.util.List;
import java.util.function.Consumer;

/** A small contract to edit, and helpers that diff the edit against the original. */
final class DiffFixture {

  static final String BASE = """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders-contract
      name: orders
      version: 1.0.0
      status: active
      domain: sales
      description:
        purpose: Orders placed in the shop.
      servers:
        - server: prod
          type: postgres
          host: db.example.com
          port: 5432
          database: shop
          schema: public
      schema:
        - name: orders
          physicalName: orders_v1
          physicalType: table
          description: One row per order.
          properties:
            - name: order_id
              logicalType: string
              physicalType: varchar(36)
              primaryKey: true
              primaryKeyPosition: 1
              required: true
              unique: true
              classification: internal
            - name: amount
              logicalType: number
              physicalType: decimal(10,2)
              required: true
              logicalTypeOptions:
                minimum: 0
                maximum: 100000
              quality:
                - metric: nullValues
                  mustBe: 0
                  severity: error
            - name: status
              logicalType: string
              physicalType: varchar(20)
              logicalTypeOptions:
                enum: [placed, shipped, cancelled]
                maxLength: 20
              classification: internal
              quality:
                - metric: invalidValues
                  mustBeLessOrEqualTo: 5
                  unit: percent
                  arguments:
                    validValues: [placed, shipped, cancelled]
            - name: customer
              logicalType: object
              properties:
                - name: email
                  logicalType: string
                  required: true
                  classification: confidential
                - name: tier
                  logicalType: string
          quality:
            - id: enough_rows
              metric: rowCount
              mustBeGreaterThan: 1000
              severity: error
      roles:
        - role: orders_reader
          access: read
      slaProperties:
        - property: latency
          value: 4
          unit: h
        - property: retention
          value: 3
          unit: y
        - property: availability
          value: 99.9
          unit: percent
      customProperties:
        - property: extends
          value: sales-base@1
        - property: owner-note
          value: kept by the orders team
      """;

  private DiffFixture() {
  }

  static ObjectNode base() {
    try {
      return ContractCodec.parse("base.yaml", BASE).tree();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static DataContract contract(JsonNode tree) {
    try {
      return ContractCodec.bind(tree);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The changes from the base to the base with {@code edit} applied. */
  static List<Change> changes(Consumer<ObjectNode> edit) {
    ObjectNode neu = base();
    edit.accept(neu);
    return ContractDiff.changes(contract(base()), contract(neu));
  }

  /** The one change an edit makes, checked to be of this kind, compatibility and bump. */
  static Change single(Consumer<ObjectNode> edit, ChangeKind kind, Compatibility compatibility, Bump bump) {
    List<Change> changes = changes(edit);
    assertThat(changes).as("changes").hasSize(1);
    Change change = changes.get(0);
    assertThat(change.kind()).isEqualTo(kind);
    assertThat(change.compatibility()).isEqualTo(compatibility);
    assertThat(change.bump()).isEqualTo(bump);
    assertThat(required(edit)).as("required bump").isEqualTo(bump);
    return change;
  }

  /** The bump the edit needs, through the public entry point. */
  static Bump required(Consumer<ObjectNode> edit) {
    ObjectNode neu = base();
    edit.accept(neu);
    try {
      return ContractDiff.compare(contract(base()), contract(neu)).required();
    } catch (ContractVersionException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode object(ObjectNode tree, String name) {
    return find((ArrayNode) tree.get("schema"), "name", name);
  }

  static ObjectNode property(ObjectNode tree, String object, String name) {
    return find((ArrayNode) object(tree, object).get("properties"), "name", name);
  }

  static ObjectNode options(ObjectNode tree, String object, String name) {
    return (ObjectNode) property(tree, object, name).get("logicalTypeOptions");
  }

  static ObjectNode sla(ObjectNode tree, String property) {
    return find((ArrayNode) tree.get("slaProperties"), "property", property);
  }

  static ObjectNode rule(ObjectNode element, int index) {
    return (ObjectNode) element.get("quality").get(index);
  }

  static void remove(ArrayNode list, String field, String value) {
    for (int i = 0; i < list.size(); i++) {
      if (value.equals(list.get(i).path(field).asText())) {
        list.remove(i);
        return;
      }
    }
    throw new IllegalArgumentException("no " + field + " " + value);
  }

  static ObjectNode find(ArrayNode list, String field, String value) {
    for (JsonNode item : list) {
      if (value.equals(item.path(field).asText())) {
        return (ObjectNode) item;
      }
    }
    throw new IllegalArgumentException("no " + field + " " + value);
  }
}
