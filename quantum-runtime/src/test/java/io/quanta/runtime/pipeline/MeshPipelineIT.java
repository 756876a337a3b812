package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quanta built from quanta over real HTTP: A (customers) and B (orders) publish from files; C reads both
 * through their output ports (A by URL, B by id through the dictionary, with a read token) and joins them.
 */
class MeshPipelineIT {

  static final String CUSTOMERS = """
      apiVersion: v3.1.0
      kind: DataContract
      id: customers
      version: 1.2.0
      status: active
      schema:
        - name: customers
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
            - {name: name, logicalType: string, physicalType: varchar(32), required: true}
            - {name: country, logicalType: string, physicalType: char(2)}
            - {name: vip, logicalType: boolean}
      """;

  static final String ORDERS = """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: 2.0.1
      status: active
      schema:
        - name: orders
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
            - {name: customer_id, logicalType: integer, required: true}
            - {name: amount, logicalType: number, physicalType: "decimal(10,2)"}
            - {name: note, logicalType: string}
            - {name: placed_at, logicalType: timestamp, physicalType: "datetime(3)"}
      roles:
        - {role: analyst, access: read}
      """;

  static final String SALES = """
      apiVersion: v3.1.0
      kind: DataContract
      id: sales
      version: 1.0.0
      status: active
      schema:
        - name: sales
          quality:
            - {id: sales-not-empty, metric: rowCount, mustBeGreaterThan: 0}
          properties:
            - {name: order_id, logicalType: integer, primaryKey: true}
            - {name: customer, logicalType: string, physicalType: varchar(32), required: true}
            - {name: vip, logicalType: boolean}
            - {name: amount, logicalType: number, physicalType: "decimal(10,2)"}
            - {name: note, logicalType: string}
            - {name: placed_at, logicalType: timestamp, physicalType: "datetime(3)"}
      """;

  static final String TRANSFORM = """
      SELECT o.id AS order_id, c.name AS customer, c.vip, o.amount, o.note, o.placed_at
      FROM {orders} o JOIN {customers} c ON c.id = o.customer_id
      """;

  @Test
  void c_is_built_from_a_and_b_through_their_output_ports_and_records_them_as_lineage(@TempDir Path dir)
      throws Exception {
    try (MeshDictionary dictionary = new MeshDictionary();
        TestQuantum a = fileQuantum(dir.resolve("a"), "customers", CUSTOMERS, "customers.csv",
            "id,name,country,vip\n1,Ada,GB,true\n2,Grace,US,false\n3,Linus,FI,\n");
        TestQuantum b = securedOrders(dir.resolve("b"), "id,customer_id,amount,note,placed_at\n"
            + "10,1,12.50,\"tab\there, \"\"quoted\"\"\",2024-01-31T10:00:00.125\n11,2,7,,\n12,2,1.25,\\N,\n"
            + "13,3,3,\"line\nbreak\",\n14,1,0.5,ünïcødé,\n")) {
      assertThat(Runs.run(a).getString("outcome")).isEqualTo("published");
      assertThat(Runs.run(b).getString("outcome")).isEqualTo("published");
      dictionary.register("orders", b.url(""));
      String quantumYaml = """
          id: sales
          dictionary: {url: %s}
          pipeline:
            runOnStart: false
            transform: transform.sql
            sources:
              - name: customers
                quantum: {url: %s, object: customers, contract: customers@1, pageSize: 2}
              - name: orders
                quantum: {id: orders, object: orders, contract: orders@2, token: "${ORDERS_TOKEN}", pageSize: 2,
                          format: ndjson}
          """.formatted(dictionary.url(), a.url(""));
      Path c = dir.resolve("c");
      Files.createDirectories(c);
      Files.writeString(c.resolve("transform.sql"), TRANSFORM);
      try (TestQuantum sales = TestQuantum.start(c, SALES, quantumYaml,
          Map.of("QUANTA_TOKENS", TestQuantum.OWNER_TOKEN + "=test-owner:owner", "ORDERS_TOKEN", "reader-token"),
          TestQuantum.ALLOW_EVERY_READ)) {
        JsonObject run = Runs.run(sales);

        assertThat(run.getString("outcome")).as(run.encodePrettily()).isEqualTo("published");
        assertThat(run.getJsonObject("upstreams")).isEqualTo(new JsonObject().put("customers", 1).put("orders", 1));
        assertThat(run.getLong("rowsIn")).isEqualTo(8L);
        assertThat(sales.get("/data/sales?format=ndjson").body().lines().map(JsonObject::new).toList())
            .containsExactly(
                new JsonObject().put("order_id", 10).put("customer", "Ada").put("vip", true).put("amount", 12.50)
                    .put("note", "tab\there, \"quoted\"").put("placed_at", "2024-01-31T10:00:00.125"),
                new JsonObject().put("order_id", 11).put("customer", "Grace").put("vip", false).put("amount", 7.00)
                    .putNull("note").putNull("placed_at"),
                new JsonObject().put("order_id", 12).put("customer", "Grace").put("vip", false).put("amount", 1.25)
                    .put("note", "\\N").putNull("placed_at"),
                new JsonObject().put("order_id", 13).put("customer", "Linus").putNull("vip").put("amount", 3.00)
                    .put("note", "line\nbreak").putNull("placed_at"),
                new JsonObject().put("order_id", 14).put("customer", "Ada").put("vip", true).put("amount", 0.50)
                    .put("note", "ünïcødé").putNull("placed_at"));

        JsonArray inputs = new JsonObject(sales.get("/discovery/lineage").body()).getJsonArray("inputs");
        assertThat(inputs.stream().map(JsonObject.class::cast).map(i -> i.getString("contract")))
            .containsExactly("customers@1", "orders@2");
        assertThat(inputs.getJsonObject(0).getString("url")).isEqualTo(a.url(""));
        assertThat(inputs.getJsonObject(1).getString("quantum")).isEqualTo("orders");
        JsonArray ports = new JsonObject(sales.get("/discovery/descriptor?format=json").body())
            .getJsonArray("inputPorts");
        assertThat(ports.stream().map(JsonObject.class::cast).map(p -> p.getString("contractId")))
            .containsExactly("customers", "orders");
      }
    }
  }

  @Test
  void an_upstream_serving_another_major_version_fails_the_run_naming_both(@TempDir Path dir) throws Exception {
    try (TestQuantum a = fileQuantum(dir.resolve("a"), "customers", CUSTOMERS, "customers.csv",
        "id,name\n1,Ada\n")) {
      assertThat(Runs.run(a).getString("outcome")).isEqualTo("published");
      String quantumYaml = """
          id: sales-v2
          pipeline:
            runOnStart: false
            sources:
              - name: customers
                object: people
                quantum: {url: %s, object: customers, contract: customers@2}
          """.formatted(a.url(""));
      String contract = """
          apiVersion: v3.1.0
          kind: DataContract
          id: people
          version: 1.0.0
          status: active
          schema:
            - name: people
              properties:
                - {name: id, logicalType: integer, primaryKey: true}
                - {name: name, logicalType: string}
          """;
      try (TestQuantum people = TestQuantum.start(dir.resolve("c"), contract, quantumYaml)) {
        JsonObject run = Runs.run(people);

        assertThat(run.getString("outcome")).isEqualTo("failed");
        assertThat(run.getString("error")).contains("customers 1.2.0").contains("customers@2");
      }
    }
  }

  static TestQuantum fileQuantum(Path dir, String object, String contract, String file, String csv)
      throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(file), csv);
    String yaml = """
        id: %s
        pipeline:
          runOnStart: false
          sources:
            - {name: %s, object: %s, file: {path: %s}}
        """.formatted(object, object, object, file);
    return TestQuantum.start(dir, contract, yaml);
  }

  /** B: reads need the contract's analyst role, which {@code reader-token} has. */
  static TestQuantum securedOrders(Path dir, String csv) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("orders.csv"), csv);
    String yaml = """
        id: orders
        pipeline:
          runOnStart: false
          sources:
            - {name: orders, object: orders, file: {path: orders.csv}}
        """;
    return TestQuantum.secured(dir, ORDERS, yaml, Map.of("QUANTA_TOKENS", TestQuantum.OWNER_TOKEN
        + "=test-owner:owner;reader-token=sales-pipeline:analyst"));
  }
}
