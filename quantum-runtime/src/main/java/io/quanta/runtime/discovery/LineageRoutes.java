package io.quanta.runtime.discovery;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.runtime.Quantum;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /discovery/lineage}: the quanta and contracts this quantum reads (quantum.yaml
 * {@code lineage}) and the objects it serves, with their URLs and contract.
 *
 * <pre>{@code curl http://localhost:8081/discovery/lineage}</pre>
 */
public final class LineageRoutes {

  private final Quantum quantum;

  public LineageRoutes(Quantum quantum) {
    this.quantum = quantum;
  }

  public void mount(Router router) {
    router.get("/discovery/lineage").handler(this::lineage);
  }

  private void lineage(RoutingContext ctx) {
    String body = ContractCodec.writeJson(Lineage.document(quantum, BaseUrl.of(quantum.config(), ctx)));
    ctx.response().putHeader("Content-Type", "application/json").end(body);
  }
}
