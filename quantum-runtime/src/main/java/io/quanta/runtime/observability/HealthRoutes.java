package io.quanta.runtime.observability;

import io.quanta.runtime.Quantum;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.sql.Statement;

/**
 * {@code GET /observability/health} (the process is alive) and {@code GET /observability/ready} (storage
 * answers; for a managed quantum, a version of its data is also published).
 *
 * <pre>{@code curl -i http://localhost:8081/observability/ready}</pre>
 */
public final class HealthRoutes {

  private static final String HEALTHY = new JsonObject().put("status", "UP").encode();

  private final Quantum quantum;

  public HealthRoutes(Quantum quantum) {
    this.quantum = quantum;
  }

  public void mount(Router router) {
    router.get("/observability/health").handler(this::health);
    router.get("/observability/ready").respond(this::ready);
  }

  private void health(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "application/json").end(HEALTHY);
  }

  private Future<JsonObject> ready(RoutingContext ctx) {
    if (quantum.versions().managed() && quantum.versions().current().isEmpty()) {
      return Future.failedFuture(Problem.unavailable("not-published", "no version of the data is published yet;"
          + " the quantum is ready when its pipeline has published one (GET /observability/runs)", 30));
    }
    return quantum.storage().call(c -> {
      try (Statement s = c.createStatement()) {
        s.setQueryTimeout(2);
        s.execute("SELECT 1");
      }
      JsonObject ready = new JsonObject().put("status", "READY").put("storage", "UP")
          .put("state", quantum.lifecycle().current().state().word());
      quantum.versions().current().ifPresent(v -> ready.put("publishedVersion", v.number()));
      return ready;
    }).recover(e -> Future.failedFuture(
        Problem.unavailable("not-ready", "storage is not reachable; the quantum retries by itself", 5)));
  }
}
