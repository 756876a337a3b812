package io.quanta.runtime.pipeline;

import io.quanta.runtime.Quantum;
import io.quanta.runtime.auth.Principal;
import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.quanta.runtime.pipeline.runs.Run;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * A managed quantum's runs: {@code GET /observability/runs} (newest first, {@code ?limit=N}),
 * {@code GET /observability/runs/{id}} (steps with rows in and out, live while running, the quality gate's
 * findings) and {@code POST /control/runs} (owner: 202 with the run's id; joins a run in progress).
 *
 * <pre>{@code
 * curl -i -X POST -H "Authorization: Bearer $OWNER" http://localhost:8081/control/runs
 * curl http://localhost:8081/observability/runs/20240131T200000Z-1a2b3c
 * }</pre>
 */
public final class PipelineRoutes {

  static final int MAX_LIMIT = 1000;

  private final Quantum quantum;
  private final Pipeline pipeline;

  public PipelineRoutes(Quantum quantum) {
    this.quantum = quantum;
    this.pipeline = quantum.pipeline();
  }

  public void mount(Router router) {
    router.post("/control/runs").handler(this::trigger);
    router.get("/observability/runs").respond(this::runs);
    router.get("/observability/runs/:id").respond(this::run);
  }

  private void trigger(RoutingContext ctx) {
    if (quantum.lifecycle().current().state() == Lifecycle.State.RETIRED) {
      throw new Problem(409, "retired", "Conflict", "quantum " + quantum.id() + " is retired; its pipeline no longer"
          + " runs");
    }
    String by = Principal.of(ctx).map(Principal::name).orElse("owner");
    Pipeline.Triggered triggered = pipeline.trigger("manual", "POST /control/runs by " + by);
    Run run = triggered.run();
    ctx.response()
        .setStatusCode(202)
        .putHeader("Content-Type", "application/json")
        .putHeader("Location", "/observability/runs/" + run.id())
        .end(new JsonObject().put("id", run.id()).put("outcome", run.outcome().word())
            .put("joined", triggered.joined()).put("trigger", run.trigger())
            .put("startedAt", run.startedAt().toString()).encode());
  }

  private Future<JsonObject> runs(RoutingContext ctx) {
    int limit = limit(ctx.queryParam("limit"));
    return pipeline.runs(limit).map(runs -> {
      JsonArray list = new JsonArray();
      runs.forEach(r -> list.add(r.summary()));
      return new JsonObject()
          .put("quantum", quantum.id())
          .put("publishedVersion", quantum.versions().current().map(v -> v.number()).orElse(null))
          .put("running", pipeline.running().map(Run::toJson).orElse(null))
          .put("runs", list);
    });
  }

  private Future<JsonObject> run(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return pipeline.run(id).map(run -> run.map(Run::toJson).orElseThrow(() -> Problem.notFound("unknown-run",
        "no run '" + Negotiation.truncate(id) + "' is known (the last " + quantum.config().pipeline().history()
            + " runs are kept)")));
  }

  private static int limit(List<String> values) {
    if (values.isEmpty()) {
      return 20;
    }
    String text = values.get(0).trim();
    if (values.size() == 1 && text.matches("\\d{1,4}")) {
      int n = Integer.parseInt(text);
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    }
    throw Problem.badRequest("bad-limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ", given once");
  }
}
