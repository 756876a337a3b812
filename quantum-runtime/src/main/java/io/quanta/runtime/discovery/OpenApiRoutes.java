package io.quanta.runtime.discovery;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.runtime.Quantum;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /discovery/openapi}: the OpenAPI 3 document of this quantum's API, generated at request time
 * from the router's routes and the contract's objects, so it describes exactly what is served.
 *
 * <pre>{@code curl http://localhost:8081/discovery/openapi}</pre>
 */
public final class OpenApiRoutes {

  private final Quantum quantum;

  public OpenApiRoutes(Quantum quantum) {
    this.quantum = quantum;
  }

  public void mount(Router router) {
    router.get("/discovery/openapi").handler(ctx -> document(ctx, router));
  }

  private void document(RoutingContext ctx, Router router) {
    var document = OpenApiDocument.build(quantum, Endpoints.of(router), BaseUrl.of(quantum.config(), ctx));
    ctx.response().putHeader("Content-Type", "application/json").end(ContractCodec.writeJson(document));
  }
}
