package io.quanta.dictionary.contracts;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import io.vertx.core.Future;
import java.util.List;

/**
 * Every contract that extends one, at any depth, with one Elasticsearch query: each contract document holds
 * the ids (and {@code id@version} keys) of all its ancestors, so the descendants are a term query on them.
 * Pages are cut by key ({@code after}); an unknown id is a 404 only when the first page is empty.
 */
final class Descendants {

  private final Es es;
  private final String contracts;

  Descendants(Es es, String contractsAlias) {
    this.es = es;
    this.contracts = contractsAlias;
  }

  /** One search on the ancestor ids (or ancestor keys, for one version), paged by key. */
  Future<ObjectNode> find(String id, String version, boolean allVersions, int size, String after) {
    Query match = version == null
        ? Query.of(q -> q.term(t -> t.field("ancestorIds").value(id)))
        : Query.of(q -> q.term(t -> t.field("ancestors").value(id + "@" + version)));
    Query query = allVersions ? match : Query.of(q -> q.bool(b -> b.filter(match)
        .filter(f -> f.term(t -> t.field("latest").value(true)))));
    return es.call(c -> c.search(r -> {
      r.index(contracts).size(size).query(query).trackTotalHits(t -> t.enabled(true))
          .sort(s -> s.field(f -> f.field("key").order(SortOrder.Asc)))
          .source(s -> s.filter(f -> f.includes("key", "id", "version", "name", "domain", "parentId", "ancestors",
              "ancestorIds", "resolution.chain", "resolution.resolved", "latest", "published")));
      if (after != null) {
        r.searchAfter(FieldValue.of(after));
      }
      return r;
    }, ObjectNode.class)).compose((SearchResponse<ObjectNode> response) -> {
      long total = response.hits().total() == null ? 0 : response.hits().total().value();
      if (total == 0 && after == null) {
        return exists(id).map(known -> {
          if (!known) {
            throw ContractService.unknown(id);
          }
          return descendantsBody(id, response, total, size);
        });
      }
      return Future.succeededFuture(descendantsBody(id, response, total, size));
    });
  }

  private static ObjectNode descendantsBody(String id, SearchResponse<ObjectNode> response, long total, int size) {
    ObjectNode out = Es.JSON.createObjectNode().put("id", id).put("total", total);
    ArrayNode list = out.putArray("descendants");
    List<Hit<ObjectNode>> hits = response.hits().hits();
    for (Hit<ObjectNode> hit : hits) {
      ObjectNode doc = hit.source();
      ObjectNode entry = list.addObject();
      entry.put("id", doc.path("id").asText()).put("version", doc.path("version").asText());
      entry.set("name", doc.get("name"));
      entry.set("domain", doc.get("domain"));
      int depth = 0;
      JsonNode ancestorIds = doc.path("ancestorIds");
      for (int i = 0; i < ancestorIds.size(); i++) {
        if (ancestorIds.get(i).asText().equals(id)) {
          depth = i + 1;
          break;
        }
      }
      entry.put("depth", depth);
      JsonNode ancestors = doc.path("ancestors");
      entry.put("parent", ancestors.size() > 0 ? ancestors.get(0).asText() : doc.path("parentId").asText(null));
      entry.put("resolved", doc.path("resolution").path("resolved").asBoolean(false));
      entry.set("chain", doc.path("resolution").path("chain"));
      entry.put("latest", doc.path("latest").asBoolean(false));
      entry.putObject("links").put("self", "/api/contracts/" + doc.path("id").asText());
    }
    out.put("next", hits.size() == size && size > 0 ? hits.get(hits.size() - 1).source().path("key").asText() : null);
    return out;
  }

  private Future<Boolean> exists(String id) {
    return es.call(c -> c.count(r -> r.index(contracts).query(q -> q.bool(b -> b
            .should(s -> s.term(t -> t.field("id").value(id)))
            .should(s -> s.term(t -> t.field("parentId").value(id)))))))
        .map(count -> count.count() > 0);
  }

}
