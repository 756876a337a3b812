package io.quanta.dictionary.search;

import io.quanta.dictionary.api.Params;
import io.quanta.runtime.http.Problem;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search request, checked: text of at most 200 characters, each facet filter at most 20 values of at most
 * 128 characters, {@code size} 1–100, and {@code page × size} within the first 10,000 results.
 *
 * @param filters facet name to the values any of which a result must have, in facet order, only those given
 */
public record SearchParams(String q, Map<String, List<String>> filters, int page, int size) {

  /** The facets, in the order they are shown, with the index field of each. */
  public static final Map<String, String> FACETS = facets();
  static final int MAX_Q = 200;
  static final int MAX_WINDOW = 10_000;

  public SearchParams {
    filters = Map.copyOf(filters);
  }

  /** Reads and checks the query parameters. */
  public static SearchParams of(RoutingContext ctx) {
    Params params = Params.of(ctx, "q", "kind", "domain", "owner", "tag", "classification", "status", "health", "page",
        "size");
    String q = params.text("q", MAX_Q);
    int size = params.integer("size", 1, 100, 20);
    int page = params.integer("page", 1, MAX_WINDOW, 1);
    if ((long) page * size > MAX_WINDOW) {
      throw Problem.badRequest("page-too-deep", "page × size must be at most " + MAX_WINDOW
          + "; refine the search or use the facets");
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String facet : FACETS.keySet()) {
      List<String> values = params.values(facet, 20, 128);
      if (!values.isEmpty()) {
        filters.put(facet, values);
      }
    }
    return new SearchParams(q, filters, page, size);
  }

  private static Map<String, String> facets() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("kind", "kind");
    out.put("domain", "domain");
    out.put("owner", "owner");
    out.put("tag", "tags");
    out.put("classification", "classifications");
    out.put("status", "status");
    out.put("health", "health");
    return java.util.Collections.unmodifiableMap(out);
  }
}
