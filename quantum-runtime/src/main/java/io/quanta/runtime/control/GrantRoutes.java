package io.quanta.runtime.control;

import io.quanta.runtime.Quantum;
import io.quanta.runtime.auth.Grant;
import io.quanta.runtime.auth.Grants;
import io.quanta.runtime.auth.Principal;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.quanta.runtime.schema.Table;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.Set;

/**
 * {@code GET|POST /control/access} and {@code DELETE /control/access/{id}}: the owner's grants of read access.
 * Granting a principal again on the same object renews the grant (200) instead of adding a second one (201).
 *
 * <pre>{@code
 * curl -X POST -H 'Authorization: Bearer $OWNER' -H 'Content-Type: application/json' \
 *   -d '{"principal":"bob","object":"orders","expiresAt":"2030-01-31T00:00:00Z"}' http://localhost:8081/control/access
 * }</pre>
 */
public final class GrantRoutes {

  private static final Set<String> FIELDS = Set.of("principal", "object", "expiresAt");

  private final Quantum quantum;
  private final Grants grants;

  public GrantRoutes(Quantum quantum) {
    this.quantum = quantum;
    this.grants = new Grants(quantum.storage());
  }

  public void mount(Router router) {
    router.get("/control/access").respond(this::list);
    router.post("/control/access").respond(this::grant);
    router.delete("/control/access/:id").handler(this::revoke);
  }

  private Future<JsonObject> list(RoutingContext ctx) {
    return grants.list().map(all -> new JsonObject()
        .put("grants", new JsonArray(all.stream().map(Grant::toJson).toList())));
  }

  private Future<JsonObject> grant(RoutingContext ctx) {
    JsonBody body = JsonBody.of(ctx, FIELDS);
    String principal = body.text("principal", 255, true);
    String object = object(quantum, body);
    Instant expiresAt = body.futureInstant("expiresAt");
    String by = Principal.of(ctx).map(Principal::name).orElseThrow();
    return grants.grant(principal, object, expiresAt, by).map(granted -> {
      ctx.response().setStatusCode(granted.created() ? 201 : 200);
      return granted.grant().toJson();
    });
  }

  private void revoke(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Long number = id(id);
    if (number == null) {
      ctx.fail(unknown(id));
      return;
    }
    grants.revoke(number)
        .onSuccess(removed -> {
          if (removed) {
            ctx.response().setStatusCode(204).end();
          } else {
            ctx.fail(unknown(id));
          }
        })
        .onFailure(ctx::fail);
  }

  /** The optional {@code object} field, which must name an object of the contract. */
  static String object(Quantum quantum, JsonBody body) {
    String object = body.text("object", 255, false);
    if (object != null && quantum.catalog().table(object).isEmpty()) {
      throw Problem.badRequest("unknown-object", "The field 'object' names no object of this quantum: '"
          + Negotiation.truncate(object) + "'.").with("field", "object")
          .with("objects", quantum.catalog().tables().stream().map(Table::object).toList());
    }
    return object;
  }

  /** A positive id, or null. */
  static Long id(String text) {
    if (text == null || !text.matches("[0-9]{1,18}")) {
      return null;
    }
    return Long.parseLong(text);
  }

  private static Problem unknown(String id) {
    return Problem.notFound("unknown-grant", "There is no grant '" + Negotiation.truncate(id) + "'.");
  }
}
