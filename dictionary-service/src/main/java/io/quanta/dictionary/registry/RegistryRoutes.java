package io.quanta.dictionary.registry;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.api.Access;
import io.quanta.dictionary.api.Params;
import io.quanta.dictionary.api.Responses;
import io.quanta.dictionary.es.Es;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/quanta} (announce; token), {@code DELETE /api/quanta/{id}} (token), {@code GET /api/quanta}
 * (paged list) and {@code GET /api/quanta/{id}} (detail).
 *
 * <pre>{@code
 * curl -X POST -H 'Authorization: Bearer $TOKEN' -d '{"url":"http://localhost:8081","id":"orders"}' \
 *   http://localhost:8080/api/quanta
 * curl http://localhost:8080/api/quanta/orders
 * }</pre>
 */
public final class RegistryRoutes {

  static final long MAX_BODY = 16 * 1024;

  private final Registry registry;
  private final Es es;
  private final String quanta;
  private final Access access;

  public RegistryRoutes(Registry registry, Es es, String quantaAlias, Access access) {
    this.registry = registry;
    this.es = es;
    this.quanta = quantaAlias;
    this.access = access;
  }

  public void mount(Router router) {
    router.post("/api/quanta").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY)).handler(access::signedIn)
        .handler(this::announce);
    router.delete("/api/quanta/:id").handler(access::signedIn).handler(this::delete);
    router.get("/api/quanta").handler(access::reader).handler(ctx -> Responses.reply(ctx, list(ctx)));
    router.get("/api/quanta/:id").handler(access::reader).handler(ctx -> Responses.reply(ctx, detail(ctx)));
  }

  private void announce(RoutingContext ctx) {
    Params.of(ctx);
    Announcement announcement = Announcement.parse(Responses.body(ctx, "bad-announcement"));
    registry.announce(announcement).onSuccess(r -> {
      ObjectNode body = Es.JSON.createObjectNode().put("id", r.id()).put("url", r.url())
          .put("registered", !r.queued()).put("queued", r.queued());
      if (r.id() != null && !r.queued()) {
        ctx.response().putHeader("Location", "/api/quanta/" + QuantumView.encode(r.id()));
      }
      Responses.json(ctx, r.queued() ? 202 : r.created() ? 201 : 200, body);
    }).onFailure(e -> ctx.fail(Responses.problem(e)));
  }

  private void delete(RoutingContext ctx) {
    Params.of(ctx);
    String id = ctx.pathParam("id");
    if (!Announcement.ID.matcher(id).matches()) {
      throw unknown(id);
    }
    registry.delete(id).onSuccess(deleted -> {
      if (deleted) {
        ctx.response().setStatusCode(204).end();
      } else {
        ctx.fail(unknown(id));
      }
    }).onFailure(e -> ctx.fail(Responses.problem(e)));
  }

  private Future<ObjectNode> list(RoutingContext ctx) {
    Params params = Params.of(ctx, "page", "size", "health", "domain", "status");
    int size = params.integer("size", 1, 100, 20);
    int page = params.integer("page", 1, 10_000, 1);
    if ((long) page * size > 10_000) {
      throw Problem.badRequest("page-too-deep", "page × size must be at most 10,000; narrow the list with filters");
    }
    List<Query> filters = new ArrayList<>();
    for (String name : List.of("health", "domain", "status")) {
      List<FieldValue> values = params.values(name, 20, 128).stream().map(FieldValue::of).toList();
      if (!values.isEmpty()) {
        filters.add(Query.of(q -> q.terms(t -> t.field(name).terms(v -> v.value(values)))));
      }
    }
    return es.call(c -> c.search(r -> r.index(quanta).from((page - 1) * size).size(size)
            .query(q -> q.bool(b -> b.filter(filters)))
            .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
            .source(s -> s.filter(f -> f.excludes("documents", "fields", "findings", "suggest"))), ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> {
          ObjectNode out = Es.JSON.createObjectNode();
          out.put("total", response.hits().total() == null ? 0 : response.hits().total().value());
          out.put("page", page).put("size", size);
          var list = out.putArray("quanta");
          response.hits().hits().forEach(h -> list.add(QuantumView.summary(h.source())));
          return out;
        });
  }

  private Future<ObjectNode> detail(RoutingContext ctx) {
    Params.of(ctx);
    String id = ctx.pathParam("id");
    if (!Announcement.ID.matcher(id).matches()) {
      throw unknown(id);
    }
    return es.call(c -> c.get(g -> g.index(quanta).id(id), ObjectNode.class))
        .compose((GetResponse<ObjectNode> got) -> got.found() ? Future.succeededFuture(QuantumView.detail(got.source()))
            : Future.failedFuture(unknown(id)));
  }

  static Problem unknown(String id) {
    return Problem.notFound("unknown-quantum", "no quantum '" + Negotiation.truncate(id) + "' is registered");
  }
}
