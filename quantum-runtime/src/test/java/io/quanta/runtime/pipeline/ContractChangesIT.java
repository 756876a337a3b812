package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A managed quantum restarted with a changed contract: breaking without a major bump is refused. */
class ContractChangesIT {

  static final String V1 = """
      apiVersion: v3.1.0
      kind: DataContract
      id: ledger
      version: %s
      status: active
      schema:
        - name: entries
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
            - {name: amount, logicalType: %s}
      """;

  static final String QUANTUM = """
      id: ledger
      pipeline:
        sources:
          - {name: entries, object: entries, file: {path: entries.csv}}
      """;

  @Test
  void a_breaking_change_without_a_major_bump_is_refused_and_a_major_bump_publishes_into_new_tables(
      @TempDir Path dir) throws Exception {
    Path q = dir.resolve("q");
    Files.createDirectories(q);
    Files.writeString(q.resolve("entries.csv"), "id,amount\n1,10\n2,20.5\n");
    try (TestQuantum first = start(q, "1.0.0", "number", true)) {
      JsonObject run = Runs.awaitNext(first, "", 60);
      assertThat(run.getString("outcome")).isEqualTo("published");
    }

    assertThatThrownBy(() -> start(q, "1.1.0", "string", false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("contract ledger 1.1.0 breaks 1.0.0")
        .hasMessageContaining("/schema/entries/properties/amount")
        .hasMessageContaining("Make it 2.0.0");

    try (TestQuantum major = start(q, "2.0.0", "string", false)) {
      JsonObject run = Runs.awaitNext(major, "", 60);
      assertThat(run.getString("trigger")).isEqualTo("start");
      assertThat(run.getString("outcome")).isEqualTo("published");
      assertThat(run.getLong("version")).isEqualTo(2L);
      assertThat(major.get("/data/entries?format=csv").body().lines()).containsExactly("id,amount", "1,10", "2,20.5");
      HttpResponse<String> old = major.get("/data/entries?version=1");
      assertThat(old.statusCode()).isEqualTo(404);
      assertThat(new JsonObject(old.body()).getString("code")).isEqualTo("version-not-servable");
      assertThat(new JsonObject(old.body()).getString("detail")).contains("published under contract version 1.0.0");
      assertThat(TestTables.names(major)).contains("entries__v1", "entries__v2");
    }
  }

  private static TestQuantum start(Path q, String version, String type, boolean fresh) {
    return TestQuantum.start(q, V1.formatted(version, type), QUANTUM,
        Map.of("QUANTA_TOKENS", TestQuantum.OWNER_TOKEN + "=test-owner:owner"), TestQuantum.ALLOW_EVERY_READ, fresh);
  }
}
