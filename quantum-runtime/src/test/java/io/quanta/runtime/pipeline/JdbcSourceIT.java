package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.config.Secret;
import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query on another MySQL database as a source, streamed. */
class JdbcSourceIT {

  @Test
  void a_jdbc_query_fills_an_object(@TempDir Path dir) throws Exception {
    TestDatabase.execute("", "DROP DATABASE IF EXISTS legacy_shop", "CREATE DATABASE legacy_shop");
    TestDatabase.execute("legacy_shop", "CREATE TABLE clients (cid INT PRIMARY KEY, full_name VARCHAR(40),"
        + " active TINYINT(1), since DATETIME)",
        "INSERT INTO clients VALUES (1, 'Ada\\tLovelace', 1, '2020-01-02 03:04:05'), (2, NULL, 0, NULL)");
    var server = TestDatabase.server();
    String yaml = """
        id: crm
        pipeline:
          runOnStart: false
          sources:
            - name: clients
              object: people
              jdbc:
                url: %slegacy_shop
                user: %s
                password: ${LEGACY_PASSWORD}
                query: SELECT cid AS id, full_name AS name, active, since FROM clients
        """.formatted(server.jdbcUrl(), server.adminUser());
    String contract = """
        apiVersion: v3.1.0
        kind: DataContract
        id: crm
        version: 1.0.0
        status: active
        schema:
          - name: people
            properties:
              - {name: id, logicalType: integer, primaryKey: true}
              - {name: name, logicalType: string}
              - {name: active, logicalType: boolean}
              - {name: since, logicalType: timestamp, physicalType: datetime}
        """;
    try (TestQuantum quantum = TestQuantum.start(dir.resolve("q"), contract, yaml, Map.of("QUANTA_TOKENS",
        TestQuantum.OWNER_TOKEN + "=test-owner:owner", "LEGACY_PASSWORD", Secret.reveal(server.adminPassword())),
        TestQuantum.ALLOW_EVERY_READ)) {
      JsonObject run = Runs.run(quantum);

      assertThat(run.getString("outcome")).as(run.encodePrettily()).isEqualTo("published");
      assertThat(quantum.get("/data/people?format=ndjson").body().lines().map(JsonObject::new).toList())
          .containsExactly(
              new JsonObject().put("id", 1).put("name", "Ada\tLovelace").put("active", true)
                  .put("since", "2020-01-02T03:04:05"),
              new JsonObject().put("id", 2).putNull("name").put("active", false).putNull("since"));
      assertThat(run.encode()).doesNotContain(Secret.reveal(server.adminPassword()));
    }
  }
}
