package io.quanta.dictionary.search;

import io.quanta.dictionary.api.Access;
import io.quanta.dictionary.api.Params;
import io.quanta.dictionary.api.Responses;
import io.quanta.runtime.http.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/search} (full text with facets and highlights) and {@code GET /api/suggest} (type-ahead).
 *
 * <pre>{@code
 * curl 'http://localhost:8080/api/search?q=email&domain=retail'
 * curl 'http://localhost:8080/api/suggest?q=ret'
 * }</pre>
 */
public final class SearchRoutes {

  private final SearchService search;
  private final Access access;

  public SearchRoutes(SearchService search, Access access) {
    this.search = search;
    this.access = access;
  }

  public void mount(Router router) {
    router.get("/api/search").handler(access::reader).handler(this::search);
    router.get("/api/suggest").handler(access::reader).handler(this::suggest);
  }

  private void search(RoutingContext ctx) {
    Responses.reply(ctx, search.search(SearchParams.of(ctx)));
  }

  private void suggest(RoutingContext ctx) {
    Params params = Params.of(ctx, "q", "size");
    String q = params.text("q", 100);
    if (q == null) {
      throw Problem.badRequest("missing-q", "q is required: the start of a name");
    }
    Responses.reply(ctx, search.suggest(q, params.integer("size", 1, 20, 10)));
  }
}
