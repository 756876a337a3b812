package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.config.Secret;
import io.quanta.runtime.storage.EmbeddedDatabase;
import io.quanta.runtime.testing.QuantumProcess;
import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults during runs: nothing half-published, the current version keeps serving, the next run succeeds. */
class FaultsIT {

  static final String PEOPLE = TriggersIT.PEOPLE;
  static final Map<String, String> OWNER = Map.of("QUANTA_TOKENS", TestQuantum.OWNER_TOKEN + "=test-owner:owner");

  @Test
  void storage_lost_mid_run_fails_the_run_keeps_the_version_and_a_retry_succeeds(@TempDir Path dir) throws Exception {
    Path home = Path.of("target", "it-mariadb-storage-fault").toAbsolutePath();
    int port = freePort();
    EmbeddedDatabase db = EmbeddedDatabase.start(home, port);
    try (SlowSource slow = new SlowSource(100)) {
      try (Connection admin = DriverManager.getConnection(db.server().jdbcUrl(), db.server().adminUser(),
          Secret.reveal(db.server().adminPassword()))) {
        admin.createStatement().execute("DROP DATABASE IF EXISTS storage_fault");
      }
      String yaml = """
          id: storage-fault
          pipeline:
            runOnStart: false
            retry: {attempts: 20, delaySeconds: 2, maxDelaySeconds: 4}
            sources:
              - {name: people, object: people, file: {url: "%s", format: csv}}
          """.formatted(slow.url());
      Map<String, String> env = Map.of("QUANTA_TOKENS", TestQuantum.OWNER_TOKEN + "=test-owner:owner",
          "QUANTA_JDBC_URL", db.server().jdbcUrl(), "QUANTA_DB_ADMIN_USER", db.server().adminUser(),
          "QUANTA_DB_ADMIN_PASSWORD", Secret.reveal(db.server().adminPassword()));
      try (TestQuantum quantum = TestQuantum.start(dir.resolve("q"), PEOPLE, yaml, env, TestQuantum.ALLOW_EVERY_READ,
          false)) {
        assertThat(Runs.run(quantum).getLong("version")).isEqualTo(1L);
        slow.rows(20_000).holdAfter(10_000);
        String id = Runs.trigger(quantum);
        awaitStaging(quantum, id);

        db.close();
        slow.release();
        JsonObject failed = Runs.await(quantum, id);

        assertThat(failed.getString("outcome")).isEqualTo("failed");
        assertThat(failed.getString("error")).contains("storage cannot be reached");
        HttpResponse<String> down = quantum.get("/data/people");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(new JsonObject(down.body()).getString("code")).isEqualTo("storage-unavailable");

        db = EmbeddedDatabase.start(home, port);
        JsonObject retried = awaitPublished(quantum, 90);
        assertThat(retried.getString("trigger")).isEqualTo("retry");
        assertThat(retried.getLong("version")).isEqualTo(2L);
        assertThat(retried.getLong("rowsOut")).isEqualTo(20_000L);
        assertThat(quantum.get("/data/people?version=1&format=csv").body().lines()).hasSize(101);
        assertThat(new JsonObject(quantum.get("/observability/runs?limit=50").body()).getJsonArray("runs").stream()
            .map(r -> ((JsonObject) r).getString("id"))).contains(id);
      }
    } finally {
      db.close();
    }
  }

  @Test
  void an_unreachable_upstream_fails_with_the_reason_and_is_retried_with_backoff(@TempDir Path dir) throws Exception {
    try (TestQuantum a = MeshPipelineIT.fileQuantum(dir.resolve("a"), "customers", MeshPipelineIT.CUSTOMERS,
        "customers.csv", "id,name\n1,Ada\n");
        FaultyProxy proxy = new FaultyProxy(a.url("")).mode(FaultyProxy.Mode.REFUSE)) {
      assertThat(Runs.run(a).getString("outcome")).isEqualTo("published");
      try (TestQuantum c = TestQuantum.start(dir.resolve("c"), PEOPLE, downstream(proxy, 2))) {
        JsonObject first = Runs.run(c);
        assertThat(first.getString("outcome")).isEqualTo("failed");
        assertThat(first.getString("failedStep")).isEqualTo("stage");
        assertThat(first.getString("error")).contains("source customers").contains("cannot be reached");

        JsonObject second = Runs.awaitNext(c, first.getString("id"), 30);
        assertThat(second.getString("trigger")).isEqualTo("retry");
        assertThat(second.getString("triggerDetail")).contains("attempt 1 of 5");
        assertThat(second.getString("outcome")).isEqualTo("failed");
        assertThat(Instant.parse(second.getString("startedAt")))
            .isAfterOrEqualTo(Instant.parse(first.getString("finishedAt")).plusMillis(900));

        proxy.mode(FaultyProxy.Mode.PASS);
        JsonObject recovered = awaitPublished(c, 60);
        assertThat(recovered.getString("trigger")).isEqualTo("retry");
        assertThat(c.get("/data/people?format=csv").body().lines()).containsExactly("id,name", "1,Ada");
      }
    }
  }

  @Test
  void an_upstream_cut_off_mid_stream_fails_the_run_and_the_current_version_keeps_serving(@TempDir Path dir)
      throws Exception {
    try (TestQuantum a = MeshPipelineIT.fileQuantum(dir.resolve("a"), "customers", MeshPipelineIT.CUSTOMERS,
        "customers.csv", "id,name\n1,Ada\n");
        FaultyProxy proxy = new FaultyProxy(a.url(""))) {
      assertThat(Runs.run(a).getString("outcome")).isEqualTo("published");
      try (TestQuantum c = TestQuantum.start(dir.resolve("c"), PEOPLE, downstream(proxy, 1))) {
        assertThat(Runs.run(c).getLong("version")).isEqualTo(1L);
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 1; i <= 20_000; i++) {
          csv.append(i).append(",customer number ").append(i).append('\n');
        }
        Files.writeString(dir.resolve("a").resolve("customers.csv"), csv);
        assertThat(Runs.run(a).getLong("version")).isEqualTo(2L);
        proxy.mode(FaultyProxy.Mode.CUT).cutAfter(100_000);

        JsonObject cut = Runs.run(c);

        assertThat(cut.getString("outcome")).isEqualTo("failed");
        assertThat(cut.getString("error")).contains("source customers");
        assertThat(c.get("/data/people?format=csv").body().lines()).containsExactly("id,name", "1,Ada");
        assertThat(TestTables.names(c)).noneMatch(t -> t.equals("people__v2"));

        proxy.mode(FaultyProxy.Mode.PASS);
        JsonObject recovered = awaitPublished(c, 60);
        assertThat(recovered.getLong("rowsOut")).isEqualTo(20_000L);
      }
    }
  }

  @Test
  void a_process_killed_mid_run_leaves_nothing_half_published_and_its_restart_cleans_up(@TempDir Path dir)
      throws Exception {
    try (SlowSource slow = new SlowSource(100)) {
      Path q = dir.resolve("q");
      Files.createDirectories(q);
      String yaml = """
          id: killed
          pipeline:
            runOnStart: false
            sources:
              - {name: people, object: people, file: {url: "%s", format: csv}}
          """.formatted(slow.url());
      Files.writeString(q.resolve("quantum.yaml"), yaml);
      Files.writeString(q.resolve("contract.odcs.yaml"), PEOPLE);
      TestDatabase.execute("", "DROP DATABASE IF EXISTS killed");
      HttpClient http = HttpClient.newHttpClient();
      String runId;
      try (QuantumProcess child = QuantumProcess.start(q, OWNER)) {
        assertThat(post(http, child.url("/control/runs")).statusCode()).isEqualTo(202);
        awaitVersion(http, child, 1);
        slow.rows(20_000).holdAfter(10_000);
        runId = new JsonObject(post(http, child.url("/control/runs")).body()).getString("id");
        awaitStaging(http, child, runId);

        child.kill();
      }
      assertThat(TestTables.names("killed")).contains("people__v1", "people__v2");

      try (TestQuantum restarted = TestQuantum.start(q, PEOPLE, yaml, OWNER, TestQuantum.ALLOW_EVERY_READ, false)) {
        assertThat(TestTables.names("killed")).contains("people__v1").doesNotContain("people__v2")
            .noneMatch(t -> t.startsWith("_quanta_stage_"));
        HttpResponse<String> rows = restarted.get("/data/people?format=csv");
        assertThat(rows.headers().firstValue("Quanta-Version")).hasValue("1");
        assertThat(rows.body().lines()).hasSize(101);
        JsonObject abandoned = new JsonObject(restarted.get("/observability/runs/" + runId).body());
        assertThat(abandoned.getString("outcome")).isEqualTo("abandoned");

        slow.release();
        JsonObject next = Runs.run(restarted);
        assertThat(next.getString("outcome")).isEqualTo("published");
        assertThat(next.getLong("version")).isEqualTo(2L);
      }
    }
  }

  private static String downstream(FaultyProxy proxy, int attempts) {
    return """
        id: people
        pipeline:
          runOnStart: false
          retry: {attempts: 5, delaySeconds: %d, maxDelaySeconds: 4}
          sources:
            - name: customers
              object: people
              quantum: {url: %s, object: customers, contract: customers@1}
        """.formatted(attempts, proxy.url());
  }

  private static void awaitStaging(TestQuantum quantum, String id) {
    for (int i = 0; i < 300; i++) {
      if (staging(new JsonObject(quantum.get("/observability/runs/" + id).body()))) {
        return;
      }
      Runs.sleep(100);
    }
    throw new AssertionError("run " + id + " never got to staging rows");
  }

  private static void awaitStaging(HttpClient http, QuantumProcess child, String id) throws Exception {
    for (int i = 0; i < 300; i++) {
      if (staging(new JsonObject(get(http, child.url("/observability/runs/" + id)).body()))) {
        return;
      }
      Runs.sleep(100);
    }
    throw new AssertionError("run " + id + " never got to staging rows");
  }

  private static boolean staging(JsonObject run) {
    return run.getJsonArray("steps").stream().map(JsonObject.class::cast)
        .anyMatch(s -> s.getString("step").equals("stage") && s.getString("finishedAt") == null
            && s.getLong("rowsOut", 0L) > 0);
  }

  private static void awaitVersion(HttpClient http, QuantumProcess child, long version) throws Exception {
    for (int i = 0; i < 300; i++) {
      JsonObject status = new JsonObject(get(http, child.url("/observability/status")).body());
      if (Long.valueOf(version).equals(status.getLong("publishedVersion"))) {
        return;
      }
      Runs.sleep(100);
    }
    throw new AssertionError("version " + version + " was never published");
  }

  private static JsonObject awaitPublished(TestQuantum quantum, int seconds) {
    Instant deadline = Instant.now().plusSeconds(seconds);
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = quantum.get("/observability/runs?limit=1");
      if (response.statusCode() == 200) {
        JsonObject newest = new JsonObject(response.body()).getJsonArray("runs").getJsonObject(0);
        if ("published".equals(newest.getString("outcome"))) {
          return new JsonObject(quantum.get("/observability/runs/" + newest.getString("id")).body());
        }
      }
      Runs.sleep(250);
    }
    throw new AssertionError("no run published within " + seconds + " s");
  }

  private static HttpResponse<String> post(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer "
        + TestQuantum.OWNER_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer "
        + TestQuantum.OWNER_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
