package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Starting runs over HTTP and waiting for them to end, as a client of the runs endpoints would. */
final class Runs {

  private Runs() {
  }

  /** POST /control/runs as the owner; the run's id. */
  static String trigger(TestQuantum quantum) {
    HttpResponse<String> response = quantum.send(quantum.asOwner("/control/runs")
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return new JsonObject(response.body()).getString("id");
  }

  /** Triggers a run and waits for it to end; the run's detail. */
  static JsonObject run(TestQuantum quantum) {
    return await(quantum, trigger(quantum));
  }

  /** Waits (at most two minutes) for a run to end; its detail. */
  static JsonObject await(TestQuantum quantum, String id) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = quantum.get("/observability/runs/" + id);
      if (response.statusCode() == 200) {
        JsonObject run = new JsonObject(response.body());
        if (!"running".equals(run.getString("outcome"))) {
          return run;
        }
      }
      sleep(100);
    }
    throw new AssertionError("run " + id + " did not end within two minutes");
  }

  /** Waits (at most {@code seconds}) until the newest run is not {@code after} and has ended; its detail. */
  static JsonObject awaitNext(TestQuantum quantum, String after, int seconds) {
    Instant deadline = Instant.now().plusSeconds(seconds);
    while (Instant.now().isBefore(deadline)) {
      JsonObject list = new JsonObject(quantum.get("/observability/runs?limit=1").body());
      if (!list.getJsonArray("runs").isEmpty()) {
        JsonObject newest = list.getJsonArray("runs").getJsonObject(0);
        if (!newest.getString("id").equals(after) && !"running".equals(newest.getString("outcome"))) {
          return new JsonObject(quantum.get("/observability/runs/" + newest.getString("id")).body());
        }
      }
      sleep(200);
    }
    throw new AssertionError("no new run ended within " + seconds + " s");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
