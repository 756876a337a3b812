package io.quanta.dictionary.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import io.quanta.runtime.discovery.Endpoints;
import io.quanta.runtime.discovery.Endpoints.Endpoint;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api}: what this service is and a link to every endpoint, read from the router itself so the
 * list never drifts from the routes that exist.
 *
 * <pre>{@code curl http://localhost:8080/api}</pre>
 */
public final class ApiIndexRoutes {

  private final Access access;

  public ApiIndexRoutes(Access access) {
    this.access = access;
  }

  /** Mount last, once every other route is on the router. */
  public void mount(Router router) {
    router.get("/api").handler(access::reader).handler(ctx -> index(ctx, router));
  }

  private void index(RoutingContext ctx, Router router) {
    Params.of(ctx);
    ObjectNode body = Es.JSON.createObjectNode().put("service", "quanta-dictionary")
        .put("version", version()).put("openapi", "/api/openapi");
    ArrayNode links = body.putArray("links");
    for (Endpoint endpoint : Endpoints.of(router)) {
      ObjectNode link = links.addObject().put("path", endpoint.path());
      ArrayNode methods = link.putArray("methods");
      endpoint.methods().forEach(methods::add);
    }
    Responses.json(ctx, 200, body);
  }

  private static String version() {
    String version = ApiIndexRoutes.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
