package io.quanta.runtime.discovery;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.runtime.Quantum;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Negotiation.Format;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * {@code GET /discovery/contract}: the ODCS contract, YAML (as the owner wrote it, comments included) or
 * JSON by {@code Accept} or {@code ?format=}.
 *
 * <pre>{@code curl -H 'Accept: application/json' http://localhost:8081/discovery/contract}</pre>
 */
public final class ContractRoutes {

  static final List<Format> FORMATS = List.of(
      new Format("yaml", "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"),
      new Format("json", "application/json"));

  private final Quantum quantum;

  public ContractRoutes(Quantum quantum) {
    this.quantum = quantum;
  }

  public void mount(Router router) {
    router.get("/discovery/contract").handler(this::contract);
  }

  private void contract(RoutingContext ctx) {
    Format format = Negotiation.choose(ctx, FORMATS);
    String body = format.name().equals("json")
        ? ContractCodec.toJson(quantum.contract())
        : quantum.contractText();
    ctx.response().putHeader("Content-Type", format.contentType() + "; charset=utf-8").end(body);
  }
}
