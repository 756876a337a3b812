package io.quanta.dictionary.contracts;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the raw contracts of given ids (every version) from the contracts index, one query per call.
 * An instance remembers what it loaded: one per crawl round or request, so that contracts sharing a parent
 * ask Elasticsearch once, and nothing outlives the round (the index stays the only state).
 */
public final class ParentLoader {

  /** Versions of one id the loader reads at most: far more than any contract has. */
  static final int MAX_VERSIONS = 1_000;

  private final Es es;
  private final String contracts;
  private final Map<String, Future<List<ObjectNode>>> loaded = new ConcurrentHashMap<>();

  public ParentLoader(Es es, String contractsAlias) {
    this.es = es;
    this.contracts = contractsAlias;
  }

  /** The raw versions of each id; ids the index does not hold map to empty lists. */
  public Future<Map<String, List<ObjectNode>>> load(Collection<String> ids) {
    List<String> missing = ids.stream().distinct().filter(id -> !loaded.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      Future<Map<String, List<ObjectNode>>> query = query(missing);
      for (String id : missing) {
        loaded.put(id, query.map(found -> found.getOrDefault(id, List.of())));
      }
    }
    List<Future<List<ObjectNode>>> futures = ids.stream().distinct().map(loaded::get).toList();
    List<String> order = ids.stream().distinct().toList();
    return Future.all(futures).map(done -> {
      Map<String, List<ObjectNode>> out = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        out.put(order.get(i), futures.get(i).result());
      }
      return out;
    });
  }

  /** Makes a contract written in this round visible to the resolutions that follow in it. */
  public void remember(String id, ObjectNode raw) {
    loaded.compute(id, (key, known) -> {
      Future<List<ObjectNode>> base = known == null ? Future.succeededFuture(List.of()) : known;
      return base.map(list -> {
        List<ObjectNode> out = new ArrayList<>(list);
        String version = raw.path("version").asText();
        out.removeIf(c -> c.path("version").asText().equals(version));
        out.add(raw);
        return out;
      });
    });
  }

  private Future<Map<String, List<ObjectNode>>> query(List<String> ids) {
    List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
    return es.call(c -> c.search(r -> r.index(contracts).size(Math.min(10_000, ids.size() * MAX_VERSIONS))
            .query(q -> q.terms(t -> t.field("id").terms(v -> v.value(values))))
            .source(s -> s.filter(f -> f.includes("id", "raw"))), ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> {
          Map<String, List<ObjectNode>> out = new HashMap<>();
          response.hits().hits().forEach(hit -> {
            ObjectNode source = hit.source();
            if (source != null && source.path("raw").isObject()) {
              out.computeIfAbsent(source.path("id").asText(), k -> new ArrayList<>()).add((ObjectNode) source.get("raw"));
            }
          });
          return out;
        });
  }
}
