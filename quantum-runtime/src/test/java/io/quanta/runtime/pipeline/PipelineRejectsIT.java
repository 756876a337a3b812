package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidates that must not be published: misfits and a failed quality gate keep the current version. */
class PipelineRejectsIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: gated
      version: 1.0.0
      status: active
      schema:
        - name: items
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
            - {name: label, logicalType: string, physicalType: varchar(8), required: true}
            - name: price
              logicalType: number
              physicalType: "decimal(8,2)"
              quality:
                - {id: price-present, metric: nullValues, mustBe: 0}
                - {id: price-sane, metric: invalidValues, arguments: {validValues: [1, 2, 3]}, mustBe: 0,
                   severity: warning}
      """;

  static final String QUANTUM = """
      id: gated
      pipeline:
        runOnStart: false
        sources:
          - {name: items, object: items, file: {path: items.csv}}
      """;

  @Test
  void a_failed_error_rule_keeps_the_published_version_and_records_what_it_measured(@TempDir Path dir)
      throws Exception {
    try (TestQuantum quantum = start(dir, "id,label,price\n1,a,1\n2,b,2\n")) {
      assertThat(Runs.run(quantum).getString("outcome")).isEqualTo("published");
      String before = quantum.get("/observability/quality").body();
      write(dir, "id,label,price\n1,a,1\n2,b,\n3,c,\n");

      JsonObject run = Runs.run(quantum);

      assertThat(run.getString("outcome")).isEqualTo("rejected");
      assertThat(run.getString("failedStep")).isEqualTo("quality-gate");
      assertThat(run.getString("error")).contains("price-present").contains("measured 2");
      assertThat(run.getLong("version")).isEqualTo(1L);
      JsonObject failed = run.getJsonObject("quality").getJsonArray("results").stream().map(JsonObject.class::cast)
          .filter(r -> r.getString("ruleId").equals("price-present")).findFirst().orElseThrow();
      assertThat(failed.getString("outcome")).isEqualTo("fail");
      assertThat(failed.getDouble("measured")).isEqualTo(2.0);
      assertThat(failed.getString("threshold")).isEqualTo("= 0");
      assertThat(quantum.get("/data/items?format=csv").body().lines()).containsExactly("id,label,price", "1,a,1.00",
          "2,b,2.00");
      assertThat(quantum.get("/data/items").headers().firstValue("Quanta-Version")).hasValue("1");
      assertThat(quantum.get("/observability/quality").body()).isEqualTo(before);
      assertThat(quantum.get("/observability/runs?limit=2").body()).contains("\"outcome\":\"rejected\"");
    }
  }

  @Test
  void a_failed_warning_rule_publishes_and_shows_in_quality(@TempDir Path dir) throws Exception {
    try (TestQuantum quantum = start(dir, "id,label,price\n1,a,1\n2,b,9\n")) {
      JsonObject run = Runs.run(quantum);

      assertThat(run.getString("outcome")).isEqualTo("published");
      assertThat(run.getJsonObject("quality").getInteger("warn")).isEqualTo(1);
      JsonObject quality = new JsonObject(quantum.get("/observability/quality").body());
      JsonObject warned = quality.getJsonArray("results").stream().map(JsonObject.class::cast)
          .filter(r -> r.getString("ruleId").equals("price-sane")).findFirst().orElseThrow();
      assertThat(warned.getString("outcome")).isEqualTo("warn");
      assertThat(warned.getDouble("measured")).isEqualTo(1.0);
      assertThat(warned.getString("checkId")).isEqualTo(run.getString("id"));
    }
  }

  @Test
  void misfits_name_the_row_the_column_and_why(@TempDir Path dir) throws Exception {
    try (TestQuantum quantum = start(dir, "id,label,price\n1,a,1\n")) {
      assertThat(Runs.run(quantum).getString("outcome")).isEqualTo("published");
      List<String[]> cases = List.of(
          new String[] {"id,label,price\n1,a,1\nx,b,2\n", "row 2: column id"},
          new String[] {"id,label,price\n1,a,1\n1,b,2\n", "the key 1 appears more than once (primary key)"},
          new String[] {"id,label,price\n1,a,1\n2,,2\n", "row 2: column label: empty (NULL), but the contract requires"},
          new String[] {"id,label,price\n1,much too long,1\n", "row 1: column label: the value does not fit"},
          new String[] {"id,price\n1,1\n", "has no column label, which object items requires"},
          new String[] {"id,label,price\n1,a\n", "line 2 has 2 fields; the header has 3"});
      for (String[] c : cases) {
        write(dir, c[0]);
        JsonObject run = Runs.run(quantum);
        assertThat(run.getString("outcome")).as(c[0]).isIn("rejected", "failed");
        assertThat(run.getString("error")).as(c[0]).contains(c[1]);
        assertThat(quantum.get("/data/items").headers().firstValue("Quanta-Version")).hasValue("1");
      }
      JsonObject typeMisfit = runWith(quantum, dir, "id,label,price\n1,a,1\nx,b,2\n");
      assertThat(typeMisfit.getString("failedStep")).isEqualTo("conformance");
      assertThat(typeMisfit.getString("outcome")).isEqualTo("rejected");
      assertThat(new JsonObject(quantum.get("/observability/status").body()).getLong("publishedVersion"))
          .isEqualTo(1L);
    }
  }

  private static JsonObject runWith(TestQuantum quantum, Path dir, String csv) throws Exception {
    write(dir, csv);
    return Runs.run(quantum);
  }

  private static TestQuantum start(Path dir, String csv) throws Exception {
    write(dir, csv);
    return TestQuantum.start(dir.resolve("q"), CONTRACT, QUANTUM);
  }

  private static void write(Path dir, String csv) throws Exception {
    Files.createDirectories(dir.resolve("q"));
    Files.writeString(dir.resolve("q").resolve("items.csv"), csv);
  }
}
