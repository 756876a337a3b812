package io.quanta.dictionary.contracts;

import io.quanta.dictionary.api.Access;
import io.quanta.dictionary.api.Params;
import io.quanta.dictionary.api.Responses;
import io.quanta.dictionary.es.Es;
import io.quanta.runtime.http.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /api/contracts/{id}} (every version), {@code PUT /api/contracts/{id}} (publish; token),
 * {@code GET /api/contracts/{id}/effective}, {@code /ancestors} and {@code /descendants}.
 *
 * <pre>{@code
 * curl -X PUT -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/yaml' \
 *   --data-binary @customer.odcs.yaml http://localhost:8080/api/contracts/customer
 * curl http://localhost:8080/api/contracts/customer/descendants
 * }</pre>
 */
public final class ContractRoutes {

  static final long MAX_BODY = 1024 * 1024;
  static final int MAX_ID = 200;
  private static final Set<String> MEDIA_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml",
      "text/x-yaml", "application/json");

  private final ContractService contracts;
  private final Access access;

  public ContractRoutes(ContractService contracts, Access access) {
    this.contracts = contracts;
    this.access = access;
  }

  public void mount(Router router) {
    router.get("/api/contracts/:id").handler(access::reader).handler(this::versions);
    router.put("/api/contracts/:id").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY))
        .handler(access::signedIn).handler(this::publish);
    router.get("/api/contracts/:id/effective").handler(access::reader).handler(this::effective);
    router.get("/api/contracts/:id/ancestors").handler(access::reader).handler(this::ancestors);
    router.get("/api/contracts/:id/descendants").handler(access::reader).handler(this::descendants);
  }

  private void versions(RoutingContext ctx) {
    Params.of(ctx);
    Responses.reply(ctx, contracts.versions(id(ctx)));
  }

  private void publish(RoutingContext ctx) {
    Params.of(ctx);
    String type = ctx.request().getHeader("Content-Type");
    String media = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (!MEDIA_TYPES.contains(media)) {
      throw new Problem(415, "unsupported-media-type", "Unsupported media type",
          "send the contract as application/yaml or application/json");
    }
    String text = ctx.body() == null ? null : ctx.body().asString();
    if (text == null || text.isBlank()) {
      throw Problem.badRequest("empty-body", "send the ODCS contract in the request body");
    }
    contracts.publisher().publish(id(ctx), text, Access.caller(ctx))
        .onSuccess(p -> Responses.json(ctx, p.status(), p.body()))
        .onFailure(e -> ctx.fail(Responses.problem(e)));
  }

  private void effective(RoutingContext ctx) {
    Params params = Params.of(ctx, "version");
    String version = params.text("version", 64);
    Responses.reply(ctx, contracts.document(id(ctx), version).map(doc -> {
      var out = Es.JSON.createObjectNode();
      out.put("id", doc.path("id").asText()).put("version", doc.path("version").asText());
      String source = doc.path("effectiveSource").asText();
      boolean resolved = !source.equals("none");
      out.put("resolved", resolved);
      out.put("source", source);
      out.set("chain", doc.path("resolution").path("chain"));
      out.set("findings", doc.path("resolution").path("findings"));
      out.set("contract", !resolved ? null : source.equals("self") ? doc.get("raw") : doc.get("effective"));
      out.set("fields", doc.path("fields"));
      return out;
    }));
  }

  private void ancestors(RoutingContext ctx) {
    Params params = Params.of(ctx, "version");
    Responses.reply(ctx, contracts.ancestors(id(ctx), params.text("version", 64)));
  }

  private void descendants(RoutingContext ctx) {
    Params params = Params.of(ctx, "version", "allVersions", "size", "after");
    Responses.reply(ctx, contracts.descendants(id(ctx), params.text("version", 64),
        params.bool("allVersions", false), params.integer("size", 1, 10_000, 1_000), params.text("after", 512)));
  }

  private static String id(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    if (id.length() > MAX_ID) {
      throw ContractService.unknown(id);
    }
    return id;
  }
}
