package io.quanta.runtime.control;

import io.quanta.runtime.Quantum;
import io.quanta.runtime.auth.Principal;
import io.quanta.runtime.control.Lifecycle.Snapshot;
import io.quanta.runtime.control.Lifecycle.State;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

/**
 * {@code GET|PUT /control/state}: the lifecycle state. {@code deprecated} may carry a {@code sunset}; data is
 * then served with {@code Deprecation} and {@code Sunset} headers. {@code retired} is final: data answers 410
 * from then on and no other state can be set, so consumers told the data is gone can rely on it.
 *
 * <pre>{@code
 * curl -X PUT -H 'Authorization: Bearer $OWNER' -H 'Content-Type: application/json' \
 *   -d '{"state":"deprecated","sunset":"2030-01-31T00:00:00Z","reason":"use sales-orders-v2"}' \
 *   http://localhost:8081/control/state
 * }</pre>
 */
public final class StateRoutes {

  private static final Set<String> FIELDS = Set.of("state", "sunset", "reason");

  private final Quantum quantum;

  public StateRoutes(Quantum quantum) {
    this.quantum = quantum;
  }

  public void mount(Router router) {
    router.get("/control/state").respond(ctx -> Future.succeededFuture(json(quantum.lifecycle().current())));
    router.put("/control/state").respond(this::change);
  }

  private Future<JsonObject> change(RoutingContext ctx) {
    JsonBody body = JsonBody.of(ctx, FIELDS);
    String word = body.text("state", 32, true);
    State state = State.parse(word);
    if (state == null) {
      throw Problem.badRequest("unknown-state", "state must be one of " + words() + ", not '"
          + Negotiation.truncate(word) + "'.").with("field", "state").with("states", words());
    }
    Instant sunset = body.futureInstant("sunset");
    if (sunset != null && state != State.DEPRECATED) {
      throw JsonBody.bad("sunset", "is only allowed with the state 'deprecated'");
    }
    String reason = body.text("reason", 1024, false);
    Snapshot current = quantum.lifecycle().current();
    if (current.state() == State.RETIRED) {
      if (state == State.RETIRED) {
        return Future.succeededFuture(json(current));
      }
      throw new Problem(409, "retired-is-final", "Conflict", "Quantum " + quantum.id()
          + " is retired, which is final; run a new quantum to serve its data again.");
    }
    String by = Principal.of(ctx).map(Principal::name).orElse(null);
    return quantum.lifecycle().change(state, sunset, reason, by).map(StateRoutes::json);
  }

  static JsonObject json(Snapshot snapshot) {
    return new JsonObject()
        .put("state", snapshot.state().word())
        .put("sunset", snapshot.sunset() == null ? null : snapshot.sunset().toString())
        .put("reason", snapshot.reason())
        .put("changedBy", snapshot.changedBy())
        .put("changedAt", snapshot.changedAt() == null ? null : snapshot.changedAt().toString());
  }

  private static java.util.List<String> words() {
    return Arrays.stream(State.values()).map(State::word).toList();
  }
}
