package io.quanta.dictionary.search;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.index.Indices;
import io.vertx.core.Future;
import java.io.StringReader;
import java.util.List;

/** Runs searches and suggestions against both indices and shapes the answers of the API. */
public final class SearchService {

  static final List<String> SUMMARY = List.of("id", "version", "name", "domain", "owner", "status", "health", "tags",
      "classifications", "description", "url", "published", "ancestors", "freshness", "quality");

  private final Es es;
  private final Indices indices;

  public SearchService(Es es, Indices indices) {
    this.es = es;
    this.indices = indices;
  }

  /** The aliases searched: both indices. */
  public String target() {
    return indices.both();
  }

  public Future<ObjectNode> search(SearchParams params) {
    String body = SearchQuery.body(params).toString();
    SearchRequest request = SearchRequest.of(r -> r.withJson(new StringReader(body)).index(List.of(target().split(","))));
    return es.call(c -> c.search(request, ObjectNode.class)).map(response -> answer(params, response));
  }

  private static ObjectNode answer(SearchParams params, SearchResponse<ObjectNode> response) {
    ObjectNode out = Es.JSON.createObjectNode();
    long total = response.hits().total() == null ? 0 : response.hits().total().value();
    out.put("q", params.q());
    out.put("page", params.page()).put("size", params.size()).put("total", total)
        .put("pages", (total + params.size() - 1) / params.size());
    ObjectNode filters = out.putObject("filters");
    params.filters().forEach((facet, values) -> filters.set(facet, SearchQuery.strings(values)));
    ArrayNode hits = out.putArray("hits");
    for (Hit<ObjectNode> hit : response.hits().hits()) {
      hits.add(hit(hit));
    }
    ObjectNode facets = out.putObject("facets");
    for (String facet : SearchParams.FACETS.keySet()) {
      ArrayNode values = facets.putArray(facet);
      response.aggregations().get(facet).filter().aggregations().get("values").sterms().buckets().array()
          .forEach(b -> values.addObject().put("value", b.key().stringValue()).put("count", b.docCount()));
    }
    return out;
  }

  private static ObjectNode hit(Hit<ObjectNode> hit) {
    ObjectNode source = hit.source();
    ObjectNode out = Es.JSON.createObjectNode();
    String kind = source.path("kind").asText();
    out.put("kind", kind);
    for (String key : SUMMARY) {
      JsonNode value = source.get(key);
      if (value != null && !value.isNull()) {
        out.set(key, value);
      }
    }
    if (source.path("contract").isObject()) {
      out.putObject("contract").put("id", source.path("contract").path("id").asText(null))
          .put("version", source.path("contract").path("version").asText(null));
    }
    out.put("score", hit.score() == null ? null : Math.round(hit.score() * 1000) / 1000.0);
    ObjectNode highlight = out.putObject("highlight");
    hit.highlight().forEach((field, fragments) -> highlight.set(field, SearchQuery.strings(fragments)));
    ArrayNode matched = out.putArray("matchedFields");
    java.util.Set<String> paths = new java.util.HashSet<>();
    for (int i = 0; i < SearchQuery.MAX_WORDS && matched.size() < SearchQuery.MATCHED_FIELDS; i++) {
      InnerHitsResult inner = hit.innerHits().get(SearchQuery.MATCHED + i);
      if (inner == null) {
        break;
      }
      for (Hit<JsonData> field : inner.hits().hits()) {
        ObjectNode entry = field.source() == null ? Es.JSON.createObjectNode() : field.source().to(ObjectNode.class);
        if (matched.size() < SearchQuery.MATCHED_FIELDS && paths.add(entry.path("path").asText())) {
          List<String> fragments = field.highlight().get("fields.name");
          if (fragments != null) {
            entry.set("highlight", SearchQuery.strings(fragments));
          }
          matched.add(entry);
        }
      }
    }
    String id = source.path("id").asText();
    ObjectNode links = out.putObject("links");
    if ("quantum".equals(kind)) {
      links.put("self", "/api/quanta/" + id);
      if (source.path("contract").path("id").isTextual()) {
        links.put("contract", "/api/contracts/" + source.path("contract").path("id").asText());
      }
    } else {
      links.put("self", "/api/contracts/" + id);
      links.put("effective", "/api/contracts/" + id + "/effective");
    }
    return out;
  }

  /** Completion suggestions over ids, names and field names of both indices, one per document and text. */
  public Future<ObjectNode> suggest(String q, int size) {
    return es.call(c -> c.search(r -> r.index(List.of(target().split(","))).size(0)
            .source(s -> s.filter(f -> f.includes("kind", "id", "name")))
            .suggest(s -> s.suggesters("s", x -> x.prefix(q).completion(p -> p.field("suggest").size(size * 3)))),
        ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> {
          ObjectNode out = Es.JSON.createObjectNode().put("q", q);
          ArrayNode list = out.putArray("suggestions");
          java.util.Set<String> seen = new java.util.HashSet<>();
          response.suggest().getOrDefault("s", List.of()).forEach(s -> s.completion().options().forEach(o -> {
            ObjectNode source = o.source();
            if (source == null || list.size() >= size) {
              return;
            }
            String text = o.text();
            String kind = source.path("kind").asText();
            String id = source.path("id").asText();
            boolean itself = text.equals(id) || text.equals(source.path("name").asText());
            if (seen.add((itself ? kind : "field") + "\n" + text + "\n" + id)) {
              ObjectNode entry = list.addObject().put("text", text).put("kind", itself ? kind : "field").put("id", id);
              if (!itself) {
                entry.put("in", kind);
              }
            }
          }));
          return out;
        });
  }
}
