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

/** Governance before publishing: the dictionary's global policy set and the quantum's own. */
class GovernanceIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: telemetry
      version: 1.0.0
      status: active
      domain: telemetry
      schema:
        - name: events
          properties:
            - {name: id, logicalType: integer}
            - {name: kind, logicalType: string}
      """;

  static final String LOCAL = """
      kind: PolicySet
      name: telemetry-rules
      level: domain
      domain: telemetry
      policies:
        - id: objects-described
          description: Every object says what one record is.
          severity: warning
          check: descriptions
          params: {targets: [object]}
      """;

  static final JsonObject GLOBAL = new JsonObject()
      .put("kind", "PolicySet").put("name", "mesh-rules").put("level", "global")
      .put("policies", new JsonArray().add(new JsonObject().put("id", "keys-everywhere")
          .put("description", "Every object has a primary key.").put("severity", "error")
          .put("check", "primary-key")));

  @Test
  void an_error_policy_of_the_dictionary_blocks_the_publish_and_its_absence_leaves_the_local_ones(
      @TempDir Path dir) throws Exception {
    try (MeshDictionary dictionary = new MeshDictionary().policies(GLOBAL)) {
      Path q = dir.resolve("q");
      Files.createDirectories(q.resolve("policies"));
      Files.writeString(q.resolve("policies").resolve("telemetry.yaml"), LOCAL);
      Files.writeString(q.resolve("events.csv"), "id,kind\n1,click\n");
      String yaml = """
          id: telemetry
          dictionary: {url: %s}
          pipeline:
            runOnStart: false
            policies: policies
            sources:
              - {name: events, object: events, file: {path: events.csv}}
          """.formatted(dictionary.url());
      try (TestQuantum quantum = TestQuantum.start(q, CONTRACT, yaml, Map.of("QUANTA_TOKENS",
          TestQuantum.OWNER_TOKEN + "=test-owner:owner"), TestQuantum.ALLOW_EVERY_READ)) {
        JsonObject refused = Runs.run(quantum);

        assertThat(refused.getString("outcome")).isEqualTo("rejected");
        assertThat(refused.getString("failedStep")).isEqualTo("governance");
        assertThat(refused.getString("error")).contains("policy keys-everywhere (error)").contains("events");
        assertThat(quantum.get("/data/events").statusCode()).isEqualTo(503);

        dictionary.policies(null);
        JsonObject published = Runs.run(quantum);

        assertThat(published.getString("outcome")).isEqualTo("published");
        JsonObject governance = published.getJsonArray("steps").getJsonObject(0);
        assertThat(governance.getString("step")).isEqualTo("governance");
        assertThat(governance.getString("note")).contains("this quantum's own policies only")
            .contains("policy objects-described (warning)");
      }
    }
  }
}
