package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What clients get wrong around runs and versions: always a 4xx or 503 problem, never a 500. */
class PipelineErrorsIT {

  @Test
  void runs_and_versions_answer_problems_with_stable_codes(@TempDir Path dir) throws Exception {
    Path q = dir.resolve("q");
    Files.createDirectories(q);
    Files.writeString(q.resolve("people.csv"), "id,name\n1,Ada\n");
    String yaml = """
        id: errors
        pipeline:
          runOnStart: false
          sources:
            - {name: people, object: people, file: {path: people.csv}}
        """;
    try (TestQuantum quantum = TestQuantum.start(q, TriggersIT.PEOPLE, yaml)) {
      HttpResponse<String> notYet = quantum.get("/data/people");
      assertProblem(notYet, 503, "not-published");
      assertThat(notYet.headers().firstValue("Retry-After")).isPresent();
      assertProblem(quantum.get("/data/people/1"), 503, "not-published");
      assertProblem(quantum.get("/observability/runs/nope"), 404, "unknown-run");
      assertProblem(quantum.get("/observability/runs?limit=0"), 400, "bad-limit");
      assertProblem(quantum.get("/observability/runs?limit=x"), 400, "bad-limit");
      assertProblem(quantum.send(HttpRequest.newBuilder(java.net.URI.create(quantum.url("/control/runs")))
          .POST(HttpRequest.BodyPublishers.noBody()).build()), 401, "unauthenticated");

      assertThat(Runs.run(quantum).getString("outcome")).isEqualTo("published");
      assertProblem(quantum.get("/data/people?version=x"), 400, "bad-version");
      assertProblem(quantum.get("/data/people?version=0"), 400, "bad-version");
      assertProblem(quantum.get("/data/people?version=7"), 404, "unknown-version");
      assertProblem(quantum.get("/data/people?version=1&version=1"), 400, "repeated-parameter");
      assertThat(quantum.get("/data/people?version=1&name=eq.Ada").statusCode()).isEqualTo(200);

      HttpResponse<String> retire = quantum.send(quantum.asOwner("/control/state")
          .header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString("{\"state\":\"retired\"}")).build());
      assertThat(retire.statusCode()).isEqualTo(200);
      assertProblem(quantum.send(quantum.asOwner("/control/runs").POST(HttpRequest.BodyPublishers.noBody()).build()),
          409, "retired");
    }
  }

  @Test
  void a_sidecar_has_no_runs_and_no_versions(@TempDir Path dir) {
    try (TestQuantum quantum = TestQuantum.start(dir.resolve("q"), TriggersIT.PEOPLE, "id: sidecar-errors\n")) {
      assertProblem(quantum.get("/data/people?version=1"), 400, "no-versions");
      assertThat(quantum.get("/data/people").statusCode()).isEqualTo(200);
      assertThat(quantum.get("/data/people").headers().firstValue("Quanta-Version")).isEmpty();
      assertProblem(quantum.get("/observability/runs"), 404, "not-found");
      assertProblem(quantum.send(quantum.asOwner("/control/runs").POST(HttpRequest.BodyPublishers.noBody()).build()),
          404, "not-found");
      JsonObject status = new JsonObject(quantum.get("/observability/status").body());
      assertThat(status.getValue("publishedVersion")).isNull();
      assertThat(status.getJsonArray("objects").getJsonObject(0).getString("table")).isEqualTo("people");
    }
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(new JsonObject(response.body()).getString("code")).isEqualTo(code);
  }
}
