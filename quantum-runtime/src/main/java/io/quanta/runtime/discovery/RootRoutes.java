package io.quanta.runtime.discovery;

import io.quanta.runtime.Quantum;
import io.quanta.runtime.discovery.Endpoints.Endpoint;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * {@code GET /}: the quantum's identity and a link to every endpoint, read from the router itself so
 * the list can never drift from the routes that exist.
 *
 * <pre>{@code curl http://localhost:8081/}</pre>
 */
public final class RootRoutes {

  private final Quantum quantum;

  public RootRoutes(Quantum quantum) {
    this.quantum = quantum;
  }

  /** Mount last, once every other route is on the router. */
  public void mount(Router router) {
    router.get("/").handler(ctx -> index(ctx, router));
  }

  private void index(RoutingContext ctx, Router router) {
    String base = BaseUrl.of(quantum.config(), ctx);
    JsonArray links = new JsonArray();
    for (Endpoint endpoint : Endpoints.of(router)) {
      links.add(new JsonObject()
          .put("href", base + endpoint.path())
          .put("path", endpoint.path())
          .put("methods", new JsonArray(endpoint.methods())));
    }
    JsonObject body = new JsonObject()
        .put("id", quantum.id())
        .put("name", quantum.contract().name())
        .put("domain", quantum.contract().domain())
        .put("contract", new JsonObject().put("id", quantum.contract().id())
            .put("version", quantum.contract().version()))
        .put("mode", quantum.config().mode().name().toLowerCase(Locale.ROOT))
        .put("state", quantum.lifecycle().current().state().word())
        .put("objects", new JsonArray(quantum.catalog().tables().stream().map(t -> t.object()).toList()))
        .put("links", links);
    ctx.response().putHeader("Content-Type", "application/json").end(body.encodePrettily());
  }
}
