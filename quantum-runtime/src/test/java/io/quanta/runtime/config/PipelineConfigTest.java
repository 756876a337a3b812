package io.quanta.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.runtime.config.PipelineConfig.FileOrigin;
import io.quanta.runtime.config.PipelineConfig.QuantumOrigin;
import io.quanta.runtime.config.QuantumConfig.Mode;
import io.quanta.runtime.pipeline.PipelinePlan;
import io.quanta.runtime.schema.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineConfigTest {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: shop
      version: 1.0.0
      status: active
      schema:
        - name: orders
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
        - name: totals
          properties:
            - {name: day, logicalType: date, primaryKey: true}
      """;

  @Test
  void a_pipeline_makes_the_quantum_managed_with_defaults_and_its_quantum_sources_as_lineage(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("transform.sql"), "-- object: totals\nSELECT CURDATE() AS day FROM {raw}\n");
    QuantumConfig config = load(dir, """
        id: shop
        dictionary: {url: http://dictionary:8080}
        pipeline:
          transform: transform.sql
          sources:
            - {name: raw, file: {path: raw.csv.gz}}
            - name: orders
              object: orders
              quantum: {id: sales, object: orders, contract: orders@2, token: "${SALES_TOKEN}"}
        """, Map.of("SALES_TOKEN", "t0ken"));

    assertThat(config.mode()).isEqualTo(Mode.MANAGED);
    PipelineConfig pipeline = config.pipeline();
    assertThat(pipeline.keepVersions()).isEqualTo(3);
    assertThat(pipeline.runOnStart()).isTrue();
    assertThat(pipeline.upstreamPollSeconds()).isEqualTo(30);
    assertThat(pipeline.stallSeconds()).isEqualTo(60);
    assertThat(pipeline.retry()).isEqualTo(new PipelineConfig.RetryConfig(3, 10, 300));
    assertThat(((FileOrigin) pipeline.sources().get(0).origin()).format()).isEqualTo(PipelineConfig.Format.CSV);
    QuantumOrigin upstream = (QuantumOrigin) pipeline.sources().get(1).origin();
    assertThat(upstream.token().value()).isEqualTo("t0ken");
    assertThat(upstream.pageSize()).isEqualTo(100_000);
    assertThat(config.inputs()).containsExactly(new QuantumConfig.LineageInput("sales", null, "orders@2"));
    PipelinePlan plan = PipelinePlan.of(pipeline, catalog());
    assertThat(plan.identity()).containsOnlyKeys("orders");
    assertThat(plan.transform().select("totals")).contains("`_quanta_stage_raw`");
  }

  @Test
  void wrong_pipelines_stop_the_quantum_with_one_sentence(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("t.sql"), "-- object: nope\nSELECT 1\n");
    assertRefused(dir, "mode: sidecar\npipeline: {sources: [{name: a, object: orders, file: {path: a.csv}}]}",
        "mode: sidecar serves tables another program writes");
    assertRefused(dir, "mode: managed", "mode: managed needs a pipeline: section");
    assertRefused(dir, "pipeline: {sources: []}", "pipeline.sources must list at least one source");
    assertRefused(dir, "pipeline: {sources: [{name: a, file: {path: a.csv}, jdbc: {url: x}}]}",
        "needs exactly one of file, jdbc or quantum");
    assertRefused(dir, "pipeline: {sources: [{name: a-b, file: {path: a.csv}}]}", "letters, digits and underscores");
    assertRefused(dir, "pipeline: {sources: [{name: a, file: {path: a.txt}}]}", "does not end in .csv");
    assertRefused(dir, "pipeline: {sources: [{name: a, quantum: {id: x, object: o, contract: c@1}}]}",
        "no dictionary.url is set");
    assertRefused(dir, "pipeline: {sources: [{name: a, quantum: {url: 'http://x', object: o, contract: c}}]}",
        "must read <contract id>@<major version>");
    assertRefused(dir, "pipeline: {keepVersions: 0, sources: [{name: a, file: {path: a.csv}}]}",
        "pipeline.keepVersions must be between 1 and 1000, not 0");
    assertRefused(dir, "pipeline: {stallSeconds: 0, sources: [{name: a, file: {path: a.csv}}]}",
        "pipeline.stallSeconds must be between 1 and 3600, not 0");
    assertRefused(dir, "pipeline: {sources: [{name: a, file: {path: a.csv}}], retry: {tries: 2}}",
        "unknown key 'pipeline.retry.tries'");
    assertRefused(dir, "pipeline: {transform: missing.sql, sources: [{name: a, file: {path: a.csv}}]}",
        "pipeline.transform: " + dir.resolve("missing.sql") + " does not exist");
  }

  @Test
  void the_plan_must_fill_every_object_exactly_once(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("t.sql"), "-- object: nope\nSELECT 1\n");
    Files.writeString(dir.resolve("both.sql"), "-- object: orders\nSELECT 1 AS id FROM {raw}\n"
        + "-- object: totals\nSELECT CURDATE() AS day FROM {raw}\n");
    assertPlanRefused(dir, "{sources: [{name: a, object: orders, file: {path: a.csv}}]}", "nothing fills object totals");
    assertPlanRefused(dir, "{sources: [{name: a, object: order, file: {path: a.csv}}]}",
        "fills object 'order', which the contract does not have");
    assertPlanRefused(dir, "{sources: [{name: a, object: orders, file: {path: a.csv}},"
        + " {name: b, object: orders, file: {path: b.csv}}]}", "object orders is filled by source a and by source b");
    assertPlanRefused(dir, "{transform: t.sql, sources: [{name: raw, file: {path: a.csv}}]}",
        "'-- object: nope' names no object of the contract");
    assertPlanRefused(dir, "{transform: both.sql, sources: [{name: raw, file: {path: a.csv}},"
        + " {name: orders, object: orders, file: {path: o.csv}}]}", "object orders is filled by source orders and by"
        + " the transform");
    assertPlanRefused(dir, "{sources: [{name: raw, file: {path: a.csv}}, {name: o, object: orders, file: {path: o.csv}},"
        + " {name: t, object: totals, file: {path: t.csv}}]}", "has no object: and there is no pipeline.transform");
    assertPlanRefused(dir, "{schedule: 'every day', sources: [{name: o, object: orders, file: {path: o.csv}},"
        + " {name: t, object: totals, file: {path: t.csv}}]}", "pipeline.schedule in quantum.yaml");
  }

  private static void assertRefused(Path dir, String yaml, String message) {
    assertThatThrownBy(() -> load(dir, "id: shop\n" + yaml, Map.of())).isInstanceOf(ConfigException.class)
        .hasMessageContaining(message);
  }

  private static void assertPlanRefused(Path dir, String pipeline, String message) throws Exception {
    QuantumConfig config = load(dir, "id: shop\npipeline: " + pipeline + "\n", Map.of());
    assertThatThrownBy(() -> PipelinePlan.of(config.pipeline(), catalog())).isInstanceOf(ConfigException.class)
        .hasMessageContaining(message);
  }

  private static QuantumConfig load(Path dir, String yaml, Map<String, String> env) throws Exception {
    Files.writeString(dir.resolve("quantum.yaml"), yaml);
    if (!Files.exists(dir.resolve("shop.odcs.yaml"))) {
      Files.writeString(dir.resolve("shop.odcs.yaml"), CONTRACT);
    }
    return new ConfigLoader(env::get).read(dir, null);
  }

  private static Catalog catalog() throws Exception {
    return Catalog.of(ContractCodec.read(CONTRACT), Map.of());
  }
}
