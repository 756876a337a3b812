package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions beyond the kept number, readers in flight, and replicas that did not publish. */
class VersionsIT {

  static final String YAML = """
      id: versioned
      pipeline:
        runOnStart: false
        keepVersions: 1
        retiredGraceSeconds: 1
        sources:
          - {name: people, object: people, file: {path: people.csv}}
      """;

  @Test
  void a_reader_mid_stream_on_a_retired_version_reads_it_to_the_end(@TempDir Path dir) throws Exception {
    Path q = dir.resolve("q");
    Files.createDirectories(q);
    write(q, 300_000, "x".repeat(150));
    try (TestQuantum quantum = TestQuantum.start(q, TriggersIT.PEOPLE, YAML)) {
      assertThat(Runs.run(quantum).getLong("version")).isEqualTo(1L);
      HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(java.net.URI.create(quantum.url("/data/people?format=csv"))).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertThat(stream.headers().firstValue("Quanta-Version")).hasValue("1");
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
        long lines = 0;
        while (lines < 1000 && reader.readLine() != null) {
          lines++;
        }
        write(q, 10);
        assertThat(Runs.run(quantum).getLong("version")).isEqualTo(2L);
        assertThat(quantum.get("/data/people?version=1").statusCode()).isEqualTo(404);
        Runs.sleep(4_000);
        assertThat(TestTables.names(quantum)).as("a table still being read is dropped later").contains("people__v1");

        while (reader.readLine() != null) {
          lines++;
        }
        assertThat(lines).isEqualTo(300_001);
      }
      assertThat(quantum.get("/data/people?format=csv").body().lines()).hasSize(11);
      write(q, 5);
      assertThat(Runs.run(quantum).getLong("version")).isEqualTo(3L);
      awaitTables(quantum, 15);
    }
  }

  @Test
  void a_replica_that_did_not_publish_follows_the_published_version(@TempDir Path dir) throws Exception {
    Path q = dir.resolve("q");
    Files.createDirectories(q);
    write(q, 3);
    // Replicas share the database user, so they share its password (a generated one would differ per process).
    Map<String, String> env = Map.of("QUANTA_TOKENS", TestQuantum.OWNER_TOKEN + "=test-owner:owner",
        "QUANTA_DB_PASSWORD", "replica-shared-password");
    try (TestQuantum writer = TestQuantum.start(q, TriggersIT.PEOPLE, YAML, env, TestQuantum.ALLOW_EVERY_READ);
        TestQuantum reader = TestQuantum.start(dir.resolve("replica"), TriggersIT.PEOPLE, YAML.replace(
            "path: people.csv", "path: " + q.resolve("people.csv")), env, TestQuantum.ALLOW_EVERY_READ, false)) {
      assertThat(reader.get("/data/people").statusCode()).isEqualTo(503);
      assertThat(Runs.run(writer).getLong("version")).isEqualTo(1L);
      awaitVersion(reader, "1");
      write(q, 7);
      assertThat(Runs.run(writer).getLong("version")).isEqualTo(2L);
      awaitVersion(reader, "2");
      assertThat(reader.get("/data/people?format=csv").body().lines()).hasSize(8);
      assertThat(new JsonObject(reader.get("/observability/status").body()).getLong("publishedVersion")).isEqualTo(2L);
    }
  }

  private static void awaitVersion(TestQuantum quantum, String version) {
    Instant deadline = Instant.now().plusSeconds(15);
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> rows = quantum.get("/data/people?limit=1");
      if (rows.statusCode() == 200 && rows.headers().firstValue("Quanta-Version").orElse("").equals(version)) {
        return;
      }
      Runs.sleep(200);
    }
    throw new AssertionError("the replica never served version " + version);
  }

  private static void awaitTables(TestQuantum quantum, int seconds) {
    Instant deadline = Instant.now().plusSeconds(seconds);
    while (Instant.now().isBefore(deadline)) {
      if (TestTables.names(quantum).stream().filter(t -> t.startsWith("people__v")).toList()
          .equals(java.util.List.of("people__v3"))) {
        return;
      }
      Runs.sleep(250);
    }
    assertThat(TestTables.names(quantum)).filteredOn(t -> t.startsWith("people__v")).containsExactly("people__v3");
  }

  private static void write(Path q, int rows) throws Exception {
    write(q, rows, "");
  }

  private static void write(Path q, int rows, String padding) throws Exception {
    StringBuilder csv = new StringBuilder("id,name\n");
    for (int i = 1; i <= rows; i++) {
      csv.append(i).append(",person number ").append(i).append(padding).append('\n');
    }
    Files.writeString(q.resolve("people.csv"), csv);
  }
}
