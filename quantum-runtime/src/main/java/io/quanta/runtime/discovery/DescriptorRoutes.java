package io.quanta.runtime.discovery;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.runtime.Quantum;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Negotiation.Format;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /discovery/descriptor}: the quantum as an ODPS v1.0.0 data product, YAML or JSON by
 * {@code Accept} or {@code ?format=}; its management ports are read from the router at request time.
 *
 * <pre>{@code curl -H 'Accept: application/json' http://localhost:8081/discovery/descriptor}</pre>
 */
public final class DescriptorRoutes {

  private final Quantum quantum;

  public DescriptorRoutes(Quantum quantum) {
    this.quantum = quantum;
  }

  public void mount(Router router) {
    router.get("/discovery/descriptor").handler(ctx -> descriptor(ctx, router));
  }

  private void descriptor(RoutingContext ctx, Router router) {
    Format format = Negotiation.choose(ctx, ContractRoutes.FORMATS);
    var descriptor = OdpsDescriptor.build(quantum, Endpoints.of(router), BaseUrl.of(quantum.config(), ctx));
    String body = format.name().equals("json") ? ContractCodec.writeJson(descriptor)
        : ContractCodec.writeYaml(descriptor);
    ctx.response().putHeader("Content-Type", format.contentType() + "; charset=utf-8").end(body);
  }
}
