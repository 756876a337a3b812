package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A managed quantum fed from a CSV file: run, publish, serve, version. */
class FilePipelineIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: file-orders
      version: 1.0.0
      status: active
      schema:
        - name: orders
          quality:
            - {id: orders-not-empty, metric: rowCount, mustBeGreaterThan: 0}
          properties:
            - name: id
              logicalType: integer
              primaryKey: true
              quality:
                - {id: id-unique, metric: duplicateValues, mustBe: 0}
            - name: customer
              logicalType: string
              physicalType: varchar(64)
              required: true
              quality:
                - {id: customer-present, metric: nullValues, mustBe: 0}
            - {name: amount, logicalType: number, physicalType: "decimal(12,2)"}
            - {name: paid, logicalType: boolean}
            - {name: created_at, logicalType: timestamp, physicalType: datetime}
      """;

  static final String QUANTUM = """
      id: file-orders
      pipeline:
        runOnStart: false
        keepVersions: 2
        sources:
          - name: orders
            object: orders
            file: {path: orders.csv}
      """;

  @Test
  void a_csv_file_is_staged_checked_and_published_as_version_one(@TempDir Path dir) throws Exception {
    Path q = dir.resolve("q");
    Files.createDirectories(q);
    Files.writeString(q.resolve("orders.csv"), """
        id,customer,amount,paid,created_at
        1,Ada,10.50,true,2024-01-31T10:00:00Z
        2,"Grace, Hopper",20,false,2024-01-31 11:00:00
        3,"Linus ""the"" T",,yes,
        """);
    try (TestQuantum quantum = TestQuantum.start(q, CONTRACT, QUANTUM)) {
      assertThat(quantum.get("/data/orders").statusCode()).isEqualTo(503);
      assertThat(quantum.get("/observability/ready").statusCode()).isEqualTo(503);

      JsonObject run = Runs.run(quantum);

      assertThat(run.getString("outcome")).as(run.encodePrettily()).isEqualTo("published");
      assertThat(run.getLong("version")).isEqualTo(1L);
      assertThat(run.getLong("rowsIn")).isEqualTo(3L);
      assertThat(run.getLong("rowsOut")).isEqualTo(3L);
      JsonArray steps = run.getJsonArray("steps");
      assertThat(steps.stream().map(s -> ((JsonObject) s).getString("step")))
          .containsExactly("governance", "prepare", "stage", "quality-gate", "publish");
      assertThat(run.getJsonObject("quality").getInteger("pass")).isEqualTo(3);

      HttpResponse<String> rows = quantum.get("/data/orders?format=ndjson");
      assertThat(rows.statusCode()).isEqualTo(200);
      assertThat(rows.headers().firstValue("Quanta-Version")).hasValue("1");
      assertThat(rows.body().lines().map(JsonObject::new).toList()).containsExactly(
          new JsonObject("{\"id\":1,\"customer\":\"Ada\",\"amount\":10.50,\"paid\":true,"
              + "\"created_at\":\"2024-01-31T10:00:00\"}"),
          new JsonObject("{\"id\":2,\"customer\":\"Grace, Hopper\",\"amount\":20.00,\"paid\":false,"
              + "\"created_at\":\"2024-01-31T11:00:00\"}"),
          new JsonObject("{\"id\":3,\"customer\":\"Linus \\\"the\\\" T\",\"amount\":null,\"paid\":true,"
              + "\"created_at\":null}"));
      JsonObject status = new JsonObject(quantum.get("/observability/status").body());
      assertThat(status.getLong("publishedVersion")).isEqualTo(1L);
      assertThat(status.getJsonArray("objects").getJsonObject(0).getString("table")).isEqualTo("orders__v1");
      assertThat(status.getJsonObject("lastRun").getString("id")).isEqualTo(run.getString("id"));
      assertThat(quantum.get("/observability/ready").statusCode()).isEqualTo(200);
      JsonObject quality = new JsonObject(quantum.get("/observability/quality").body());
      assertThat(quality.getJsonObject("summary").getJsonObject("lastCheck").getString("triggeredBy"))
          .isEqualTo("pipeline");
      assertThat(quantum.get("/observability/metrics").body())
          .contains("quanta_pipeline_runs_total{outcome=\"published\",trigger=\"manual\"} 1.0")
          .contains("quanta_pipeline_published_version 1.0")
          .contains("quanta_pipeline_rows_total{direction=\"out\"} 3.0")
          .contains("quanta_pipeline_run_duration_seconds_count{outcome=\"published\"} 1");
    }
  }

  @Test
  void each_run_publishes_a_new_version_and_older_kept_ones_stay_readable(@TempDir Path dir) throws Exception {
    Path q = dir.resolve("q");
    Files.createDirectories(q);
    Path csv = q.resolve("orders.csv");
    Files.writeString(csv, "id,customer\n1,Ada\n");
    try (TestQuantum quantum = TestQuantum.start(q, CONTRACT, QUANTUM)) {
      assertThat(Runs.run(quantum).getLong("version")).isEqualTo(1L);
      Files.writeString(csv, "id,customer\n1,Ada\n2,Grace\n");
      assertThat(Runs.run(quantum).getLong("version")).isEqualTo(2L);
      Files.writeString(csv, "id,customer\n1,Ada\n2,Grace\n3,Linus\n");
      assertThat(Runs.run(quantum).getLong("version")).isEqualTo(3L);

      assertThat(quantum.get("/data/orders?format=csv").body().lines()).hasSize(4);
      HttpResponse<String> older = quantum.get("/data/orders?format=csv&version=2");
      assertThat(older.statusCode()).isEqualTo(200);
      assertThat(older.headers().firstValue("Quanta-Version")).hasValue("2");
      assertThat(older.body().lines()).containsExactly("id,customer,amount,paid,created_at", "1,Ada,,,", "2,Grace,,,");
      assertThat(quantum.get("/data/orders/2?version=2").statusCode()).isEqualTo(200);

      HttpResponse<String> dropped = quantum.get("/data/orders?version=1");
      assertThat(dropped.statusCode()).isEqualTo(404);
      assertThat(new JsonObject(dropped.body()).getString("code")).isEqualTo("unknown-version");
      assertThat(new JsonObject(dropped.body()).getJsonArray("versions").stream().toList()).containsExactly(3, 2);
    }
  }
}
