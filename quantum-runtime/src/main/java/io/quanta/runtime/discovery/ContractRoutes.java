package io.quanta.runtime.discovery;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.Quantum;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Negotiation.Format;
import io.quanta.runtime.http.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /discovery/contract}: the ODCS contract, YAML (as the owner wrote it, comments included) or
 * JSON by {@code Accept} or {@code ?format=}; with {@code ?effective=true}, the effective contract, with
 * inheritance resolved and each inherited element's origin.
 *
 * <pre>{@code
 * curl -H 'Accept: application/json' http://localhost:8081/discovery/contract
 * curl 'http://localhost:8081/discovery/contract?effective=true'
 * }</pre>
 */
public final class ContractRoutes {

  static final List<Format> FORMATS = List.of(
      new Format("yaml", "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"),
      new Format("json", "application/json"));

  private final Quantum quantum;
  private final EffectiveContracts effective;

  public ContractRoutes(Quantum quantum) {
    this.quantum = quantum;
    this.effective = new EffectiveContracts(quantum);
  }

  public void mount(Router router) {
    router.get("/discovery/contract").handler(this::contract);
  }

  private void contract(RoutingContext ctx) {
    Format format = Negotiation.choose(ctx, FORMATS);
    if (effective(ctx)) {
      effective.resolve().onSuccess(c -> write(ctx, format, render(format, c))).onFailure(ctx::fail);
      return;
    }
    String body = format.name().equals("json") ? ContractCodec.toJson(quantum.contract()) : quantum.contractText();
    write(ctx, format, body);
  }

  private static boolean effective(RoutingContext ctx) {
    String value = ctx.request().getParam("effective");
    if (value == null) {
      return false;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw Problem.badRequest("bad-parameter", "effective must be true or false, not '"
          + Negotiation.truncate(value) + "'");
    };
  }

  private static String render(Format format, DataContract contract) {
    return format.name().equals("json") ? ContractCodec.toJson(contract) : ContractCodec.toYaml(contract);
  }

  private static void write(RoutingContext ctx, Format format, String body) {
    ctx.response().putHeader("Content-Type", format.contentType() + "; charset=utf-8").end(body);
  }
}
