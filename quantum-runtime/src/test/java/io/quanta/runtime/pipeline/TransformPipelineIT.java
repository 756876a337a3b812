package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two file sources staged and joined by the transform SQL into two objects. */
class TransformPipelineIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: shop-sales
      version: 1.0.0
      status: active
      schema:
        - name: sales
          properties:
            - {name: order_id, logicalType: integer, primaryKey: true}
            - {name: customer, logicalType: string, physicalType: varchar(32), required: true}
            - {name: country, logicalType: string, physicalType: char(2)}
            - {name: amount, logicalType: number, physicalType: "decimal(10,2)"}
        - name: by_country
          properties:
            - {name: country, logicalType: string, physicalType: char(2), primaryKey: true}
            - {name: total, logicalType: number, physicalType: "decimal(12,2)", required: true}
            - {name: orders, logicalType: integer, required: true}
      """;

  static final String QUANTUM = """
      id: shop-sales
      pipeline:
        runOnStart: false
        transform: transform.sql
        sources:
          - name: raw_orders
            file: {path: orders.ndjson}
            columns: {id: BIGINT, amount: "DECIMAL(10,2)"}
          - name: customers
            file: {path: customers.csv, delimiter: ";"}
      """;

  static final String TRANSFORM = """
      -- object: sales
      SELECT o.id AS order_id, c.name AS customer, c.country, o.amount
      FROM {raw_orders} o JOIN {customers} c ON c.id = o.customer_id;

      -- object: by_country
      -- one row per country, from the same join
      SELECT c.country, SUM(o.amount) AS total, COUNT(*) AS orders
      FROM {raw_orders} o JOIN {customers} c ON c.id = o.customer_id
      GROUP BY c.country
      """;

  @Test
  void the_transform_joins_staged_sources_into_every_object(@TempDir Path dir) throws Exception {
    Path q = dir.resolve("q");
    Files.createDirectories(q);
    Files.writeString(q.resolve("transform.sql"), TRANSFORM);
    Files.writeString(q.resolve("customers.csv"), "id;name;country\n1;Ada;GB\n2;Grace;US\n");
    Files.writeString(q.resolve("orders.ndjson"), """
        {"id": 10, "customer_id": 1, "amount": 12.5}
        {"id": 11, "customer_id": 2, "amount": 7}
        {"customer_id": 2, "id": 12, "amount": 1.25, "ignored": {"a": [1, 2]}}
        """);
    try (TestQuantum quantum = TestQuantum.start(q, CONTRACT, QUANTUM)) {
      JsonObject run = Runs.run(quantum);

      assertThat(run.getString("outcome")).as(run.encodePrettily()).isEqualTo("published");
      assertThat(run.getLong("rowsIn")).isEqualTo(5L);
      assertThat(run.getLong("rowsOut")).isEqualTo(5L);
      assertThat(quantum.get("/data/sales?format=csv").body().lines()).containsExactly(
          "order_id,customer,country,amount", "10,Ada,GB,12.50", "11,Grace,US,7.00", "12,Grace,US,1.25");
      assertThat(quantum.get("/data/by_country?format=csv").body().lines()).containsExactly(
          "country,total,orders", "GB,12.50,1", "US,8.25,2");
      assertThat(TestTables.names(quantum)).noneMatch(t -> t.startsWith("_quanta_stage_"));
    }
  }

  @Test
  void a_transform_whose_rows_do_not_fit_is_refused_naming_the_column(@TempDir Path dir) throws Exception {
    Path q = dir.resolve("q");
    Files.createDirectories(q);
    Files.writeString(q.resolve("transform.sql"), TRANSFORM);
    Files.writeString(q.resolve("customers.csv"), "id;name;country\n1;;GB\n");
    Files.writeString(q.resolve("orders.ndjson"), "{\"id\": 10, \"customer_id\": 1, \"amount\": 12.5}\n");
    try (TestQuantum quantum = TestQuantum.start(q, CONTRACT, QUANTUM)) {
      JsonObject run = Runs.run(quantum);

      assertThat(run.getString("outcome")).isEqualTo("rejected");
      assertThat(run.getString("failedStep")).isEqualTo("conformance");
      assertThat(run.getString("error")).contains("object sales").contains("column customer")
          .contains("requires a value");
      assertThat(TestTables.names(quantum)).noneMatch(t -> t.startsWith("_quanta_stage_") || t.contains("__v"));
    }
  }
}
