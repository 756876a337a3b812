package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What starts runs: the start itself, a cron schedule, an upstream publishing, people; and what stops them. */
class TriggersIT {

  static final String PEOPLE = """
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

  @Test
  void a_cron_schedule_starts_runs(@TempDir Path dir) throws Exception {
    Path q = dir.resolve("q");
    Files.createDirectories(q);
    Files.writeString(q.resolve("people.csv"), "id,name\n1,Ada\n");
    String yaml = """
        id: scheduled
        pipeline:
          runOnStart: false
          schedule: "* * * * *"
          sources:
            - {name: people, object: people, file: {path: people.csv}}
        """;
    try (TestQuantum quantum = TestQuantum.start(q, PEOPLE, yaml)) {
      JsonObject run = Runs.awaitNext(quantum, "", 75);

      assertThat(run.getString("trigger")).isEqualTo("schedule");
      assertThat(run.getString("triggerDetail")).isEqualTo("cron * * * * *");
      assertThat(run.getString("outcome")).isEqualTo("published");
    }
  }

  @Test
  void two_triggers_at_once_make_one_run(@TempDir Path dir) throws Exception {
    Path q = dir.resolve("q");
    Files.createDirectories(q);
    StringBuilder csv = new StringBuilder("id,name\n");
    for (int i = 0; i < 50_000; i++) {
      csv.append(i).append(",person ").append(i).append('\n');
    }
    Files.writeString(q.resolve("people.csv"), csv);
    String yaml = """
        id: joined
        pipeline:
          runOnStart: false
          sources:
            - {name: people, object: people, file: {path: people.csv}}
        """;
    try (TestQuantum quantum = TestQuantum.start(q, PEOPLE, yaml)) {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest post = quantum.asOwner("/control/runs").POST(HttpRequest.BodyPublishers.noBody()).build();
      List<CompletableFuture<HttpResponse<String>>> both = List.of(
          client.sendAsync(post, HttpResponse.BodyHandlers.ofString()),
          client.sendAsync(post, HttpResponse.BodyHandlers.ofString()));
      List<JsonObject> answers = both.stream().map(CompletableFuture::join)
          .peek(r -> assertThat(r.statusCode()).isEqualTo(202)).map(r -> new JsonObject(r.body())).toList();

      assertThat(answers.get(0).getString("id")).isEqualTo(answers.get(1).getString("id"));
      assertThat(answers.stream().map(a -> a.getBoolean("joined"))).containsExactlyInAnyOrder(true, false);
      JsonObject run = Runs.await(quantum, answers.get(0).getString("id"));
      assertThat(run.getString("outcome")).isEqualTo("published");
      assertThat(new JsonObject(quantum.get("/observability/runs").body()).getJsonArray("runs")).hasSize(1);
    }
  }

  @Test
  void an_upstream_publishing_a_new_version_reruns_its_downstream_unless_paused(@TempDir Path dir) throws Exception {
    try (TestQuantum a = MeshPipelineIT.fileQuantum(dir.resolve("a"), "customers", MeshPipelineIT.CUSTOMERS,
        "customers.csv", "id,name\n1,Ada\n")) {
      assertThat(Runs.run(a).getString("outcome")).isEqualTo("published");
      String yaml = """
          id: people
          pipeline:
            upstreamPollSeconds: 1
            sources:
              - name: customers
                object: people
                quantum: {url: %s, object: customers, contract: customers@1}
          """.formatted(a.url(""));
      try (TestQuantum c = TestQuantum.start(dir.resolve("c"), PEOPLE, yaml)) {
        JsonObject first = Runs.awaitNext(c, "", 30);
        assertThat(first.getString("trigger")).isEqualTo("start");
        assertThat(first.getString("outcome")).isEqualTo("published");

        Files.writeString(dir.resolve("a").resolve("customers.csv"), "id,name\n1,Ada\n2,Grace\n");
        assertThat(Runs.run(a).getLong("version")).isEqualTo(2L);
        JsonObject second = Runs.awaitNext(c, first.getString("id"), 30);

        assertThat(second.getString("trigger")).isEqualTo("upstream");
        assertThat(second.getString("triggerDetail")).contains("published version 2");
        assertThat(second.getJsonObject("upstreams").getInteger("customers")).isEqualTo(2);
        assertThat(c.get("/data/people?format=csv").body().lines()).containsExactly("id,name", "1,Ada", "2,Grace");

        state(c, "paused");
        Files.writeString(dir.resolve("a").resolve("customers.csv"), "id,name\n1,Ada\n2,Grace\n3,Linus\n");
        assertThat(Runs.run(a).getLong("version")).isEqualTo(3L);
        Runs.sleep(3_000);
        assertThat(new JsonObject(c.get("/observability/runs?limit=1").body()).getJsonArray("runs").getJsonObject(0)
            .getString("id")).isEqualTo(second.getString("id"));
        assertThat(c.get("/observability/metrics").body())
            .contains("quanta_pipeline_runs_skipped_total{state=\"paused\",trigger=\"upstream\"}");

        state(c, "active");
        JsonObject third = Runs.awaitNext(c, second.getString("id"), 30);
        assertThat(third.getString("trigger")).isEqualTo("upstream");
        assertThat(third.getString("triggerDetail")).contains("published version 3");
        assertThat(c.get("/data/people?format=csv").body().lines()).hasSize(4);
      }
    }
  }

  private static void state(TestQuantum quantum, String state) {
    HttpResponse<String> response = quantum.send(quantum.asOwner("/control/state")
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"state\":\"" + state + "\"}")).build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
