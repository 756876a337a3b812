package io.quanta.runtime.quality;

import io.quanta.runtime.Quantum;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * {@code POST /control/quality-checks} starts a check (202, or the running one it joins) and
 * {@code GET /observability/quality} reads results: the latest of every rule, {@code ?history=N} for the
 * last N (1–1000), {@code ?check=ID} for one check (the {@code Location} of a started check).
 *
 * <pre>{@code
 * curl -i -X POST http://localhost:8081/control/quality-checks
 * curl 'http://localhost:8081/observability/quality?history=5'
 * }</pre>
 */
public final class QualityRoutes {

  static final int MAX_HISTORY = 1000;

  private final Quantum quantum;

  public QualityRoutes(Quantum quantum) {
    this.quantum = quantum;
  }

  public void mount(Router router) {
    router.post("/control/quality-checks").handler(this::trigger);
    router.get("/observability/quality").respond(this::results);
  }

  private void trigger(RoutingContext ctx) {
    CheckRun run = quantum.quality().trigger("manual");
    ctx.response()
        .setStatusCode(202)
        .putHeader("Content-Type", "application/json")
        .putHeader("Location", "/observability/quality?check=" + run.checkId())
        .end(new JsonObject().put("checkId", run.checkId()).put("status", run.status().word())
            .put("startedAt", run.startedAt().toString()).encode());
  }

  private Future<JsonObject> results(RoutingContext ctx) {
    String check = single(ctx, "check");
    String history = single(ctx, "history");
    if (check != null) {
      if (history != null) {
        throw Problem.badRequest("conflicting-parameters",
            "history and check cannot be combined: a check has one result per rule");
      }
      return quantum.quality().check(check).map(view -> view.map(QualityRoutes::checkJson)
          .orElseThrow(() -> Problem.notFound("unknown-check", "no quality check '" + Negotiation.truncate(check)
              + "' is known (the last " + quantum.config().quality().historySize() + " checks are kept)")));
    }
    int n = history(history);
    return quantum.quality().results(n).map(r -> new JsonObject()
        .put("quantum", quantum.id())
        .put("history", n)
        .put("summary", QualitySummary.of(quantum.quality(), r))
        .put("results", json(r.results())));
  }

  private static JsonObject checkJson(QualityService.CheckView view) {
    return new JsonObject()
        .put("check", view.check().toJson())
        .put("summary", QualitySummary.ofCheck(view.results()))
        .put("results", json(view.results()));
  }

  private static JsonArray json(List<QualityResult> results) {
    JsonArray out = new JsonArray();
    results.forEach(r -> out.add(r.toJson()));
    return out;
  }

  private static int history(String text) {
    if (text == null) {
      return 1;
    }
    if (text.trim().matches("\\d{1,4}")) {
      int n = Integer.parseInt(text.trim());
      if (n >= 1 && n <= MAX_HISTORY) {
        return n;
      }
    }
    throw Problem.badRequest("bad-history", "history must be a whole number from 1 to " + MAX_HISTORY + ", not '"
        + Negotiation.truncate(text) + "'");
  }

  private static String single(RoutingContext ctx, String name) {
    List<String> values = ctx.queryParam(name);
    if (values.size() > 1) {
      throw Problem.badRequest("repeated-parameter", name + " is given " + values.size() + " times; give it once");
    }
    return values.isEmpty() ? null : values.get(0);
  }
}
