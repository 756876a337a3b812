package io.quanta.runtime.control;

import io.quanta.runtime.Quantum;
import io.quanta.runtime.auth.Principal;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Access requests: any signed-in consumer files one ({@code POST /control/access-requests}); it is approved at
 * once, with a grant, when its {@link Classification} is in {@code access.autoApprove} (201), and otherwise
 * waits for the owner (202), who lists requests and approves or denies each once.
 *
 * <pre>{@code
 * curl -X POST -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' \
 *   -d '{"object":"orders","purpose":"monthly revenue report"}' http://localhost:8081/control/access-requests
 * curl -X POST -H 'Authorization: Bearer $OWNER' http://localhost:8081/control/access-requests/7/approve
 * }</pre>
 */
public final class AccessRequestRoutes {

  private static final Set<String> REQUEST_FIELDS = Set.of("object", "purpose");
  private static final Set<String> APPROVE_FIELDS = Set.of("expiresAt");
  private static final List<String> STATUSES = List.of(AccessRequest.PENDING, AccessRequest.APPROVED,
      AccessRequest.DENIED);
  private static final int MAX_LIST = 1000;

  private final Quantum quantum;
  private final AccessRequests requests;

  public AccessRequestRoutes(Quantum quantum) {
    this.quantum = quantum;
    this.requests = new AccessRequests(quantum.storage());
  }

  public void mount(Router router) {
    router.post("/control/access-requests").respond(this::submit);
    router.get("/control/access-requests").respond(this::list);
    router.post("/control/access-requests/:id/approve").respond(ctx -> decide(ctx, true));
    router.post("/control/access-requests/:id/deny").respond(ctx -> decide(ctx, false));
  }

  private Future<JsonObject> submit(RoutingContext ctx) {
    JsonBody body = JsonBody.of(ctx, REQUEST_FIELDS);
    String object = GrantRoutes.object(quantum, body);
    String purpose = body.text("purpose", 1024, true);
    String principal = Principal.of(ctx).map(Principal::name).orElseThrow();
    if (principal.length() > 255) {
      throw Problem.badRequest("principal-too-long", "Your principal name is longer than 255 characters, "
          + "so access cannot be recorded for it.");
    }
    String classification = Classification.of(quantum.contract(), object);
    boolean approve = Classification.autoApproved(classification, quantum.config().access().autoApproveClassifications());
    return requests.submit(principal, object, purpose, approve).map(outcome -> {
      ctx.response().setStatusCode(outcome.grant() != null ? 201 : 202);
      return json(outcome);
    });
  }

  private Future<JsonObject> list(RoutingContext ctx) {
    String status = ctx.queryParam("status").isEmpty() ? null : ctx.queryParam("status").get(0);
    if (status != null && !STATUSES.contains(status)) {
      throw Problem.badRequest("bad-status", "status must be one of " + STATUSES + ", not '"
          + Negotiation.truncate(status) + "'.");
    }
    int limit = limit(ctx);
    return requests.list(status, limit).map(all -> new JsonObject().put("requests", new JsonArray(all.stream()
        .map(r -> r.toJson(Classification.of(quantum.contract(), r.object()))).toList())));
  }

  private Future<JsonObject> decide(RoutingContext ctx, boolean approve) {
    String id = ctx.pathParam("id");
    Long number = GrantRoutes.id(id);
    if (number == null) {
      throw AccessRequests.unknown(Negotiation.truncate(id));
    }
    JsonBody body = JsonBody.of(ctx, approve ? APPROVE_FIELDS : Set.of());
    Instant expiresAt = approve ? body.futureInstant("expiresAt") : null;
    String by = Principal.of(ctx).map(Principal::name).orElseThrow();
    return requests.decide(number, approve, by, expiresAt).map(this::json);
  }

  private JsonObject json(AccessRequests.Outcome outcome) {
    JsonObject json = outcome.request().toJson(Classification.of(quantum.contract(), outcome.request().object()));
    if (outcome.grant() != null) {
      json.put("grant", outcome.grant().toJson());
    }
    return json;
  }

  private static int limit(RoutingContext ctx) {
    List<String> values = ctx.queryParam("limit");
    if (values.isEmpty()) {
      return 100;
    }
    String text = values.get(0);
    if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_LIST) {
      throw Problem.badRequest("bad-limit", "limit must be a whole number from 1 to " + MAX_LIST + ", not '"
          + Negotiation.truncate(text) + "'.");
    }
    return Integer.parseInt(text);
  }
}
