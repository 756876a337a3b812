package io.quanta.dictionary.lineage;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.model.ExtendsReference;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.index.Indices;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks lineage from a quantum: upstream through each quantum's declared inputs (by quantum id, URL, or the
 * contract an input names, matched to the quanta serving it), downstream through the quanta whose inputs
 * name the frontier. One query per level and direction; an input no known quantum matches is an external node.
 */
public final class LineageService {

  static final int MAX_NODES = 1_000;
  private static final List<String> SOURCE = List.of("id", "name", "domain", "health", "url", "contract.id",
      "contract.version", "lineage.inputs", "lineage.upstream", "lineage.upstreamUrls", "lineage.upstreamContracts");

  private final Es es;
  private final String quanta;

  public LineageService(Es es, Indices indices) {
    this.es = es;
    this.quanta = indices.quanta().alias();
  }

  public Future<ObjectNode> lineage(String id, String direction, int depth) {
    return es.call(c -> c.get(g -> g.index(quanta).id(id).sourceIncludes(SOURCE), ObjectNode.class))
        .compose((GetResponse<ObjectNode> root) -> {
          if (!root.found()) {
            return Future.failedFuture(Problem.notFound("unknown-quantum", "no quantum '" + Negotiation.truncate(id)
                + "' is registered"));
          }
          LineageGraph graph = new LineageGraph(MAX_NODES);
          graph.node(root.source(), 0);
          Future<Void> up = direction.equals("down") ? Future.succeededFuture()
              : up(graph, List.of(root.source()), 1, depth);
          return up.compose(v -> direction.equals("up") ? Future.succeededFuture()
              : down(graph, List.of(root.source()), 1, depth))
              .map(v -> graph.toJson(id, direction, depth));
        });
  }

  private Future<Void> up(LineageGraph graph, List<ObjectNode> frontier, int level, int depth) {
    if (frontier.isEmpty() || level > depth || graph.full()) {
      return Future.succeededFuture();
    }
    Set<String> ids = new LinkedHashSet<>();
    Set<String> urls = new LinkedHashSet<>();
    Set<String> contracts = new LinkedHashSet<>();
    frontier.forEach(doc -> {
      doc.path("lineage").path("upstream").forEach(v -> ids.add(v.asText()));
      doc.path("lineage").path("upstreamUrls").forEach(v -> urls.add(v.asText()));
      doc.path("lineage").path("upstreamContracts").forEach(v -> contracts.add(v.asText()));
    });
    if (ids.isEmpty() && urls.isEmpty() && contracts.isEmpty()) {
      return Future.succeededFuture();
    }
    return find("id", ids, "url", urls, "contract.id", contracts).compose(found -> {
      List<ObjectNode> next = new ArrayList<>();
      for (ObjectNode doc : frontier) {
        for (JsonNode input : doc.path("lineage").path("inputs")) {
          List<ObjectNode> sources = matches(input, found);
          if (sources.isEmpty()) {
            graph.edge(graph.external(input, -level), doc.path("id").asText(), input.path("contract").asText(null));
          }
          for (ObjectNode source : sources) {
            if (graph.node(source, -level)) {
              next.add(source);
            }
            graph.edge(source.path("id").asText(), doc.path("id").asText(), input.path("contract").asText(null));
          }
        }
      }
      return up(graph, next, level + 1, depth);
    });
  }

  private Future<Void> down(LineageGraph graph, List<ObjectNode> frontier, int level, int depth) {
    if (frontier.isEmpty() || level > depth || graph.full()) {
      return Future.succeededFuture();
    }
    Set<String> ids = new LinkedHashSet<>();
    Set<String> urls = new LinkedHashSet<>();
    Set<String> contracts = new LinkedHashSet<>();
    frontier.forEach(doc -> {
      ids.add(doc.path("id").asText());
      urls.add(doc.path("url").asText());
      if (doc.path("contract").path("id").isTextual()) {
        contracts.add(doc.path("contract").path("id").asText());
      }
    });
    return find("lineage.upstream", ids, "lineage.upstreamUrls", urls, "lineage.upstreamContracts", contracts)
        .compose(found -> {
          List<ObjectNode> next = new ArrayList<>();
          for (ObjectNode consumer : found) {
            for (JsonNode input : consumer.path("lineage").path("inputs")) {
              for (ObjectNode source : frontier) {
                if (matches(input, List.of(source)).isEmpty()) {
                  continue;
                }
                if (graph.node(consumer, level)) {
                  next.add(consumer);
                }
                graph.edge(source.path("id").asText(), consumer.path("id").asText(),
                    input.path("contract").asText(null));
              }
            }
          }
          return down(graph, next, level + 1, depth);
        });
  }

  /** Which of {@code candidates} an input names: by quantum id, else URL, else the contract it serves. */
  private static List<ObjectNode> matches(JsonNode input, List<ObjectNode> candidates) {
    List<ObjectNode> out = new ArrayList<>();
    String quantum = input.path("quantum").asText(null);
    String url = input.path("url").isTextual() ? input.path("url").asText().replaceAll("/+$", "") : null;
    String contract = input.path("contract").isTextual()
        ? ExtendsReference.parse(input.path("contract").asText()).reference().map(ExtendsReference::id).orElse(null)
        : null;
    for (ObjectNode candidate : candidates) {
      boolean match = quantum != null ? quantum.equals(candidate.path("id").asText())
          : url != null ? url.equals(candidate.path("url").asText())
          : contract != null && contract.equals(candidate.path("contract").path("id").asText());
      if (match) {
        out.add(candidate);
      }
    }
    return out;
  }

  private Future<List<ObjectNode>> find(String f1, Set<String> v1, String f2, Set<String> v2, String f3,
      Set<String> v3) {
    List<Query> should = new ArrayList<>();
    Map<String, Set<String>> terms = new LinkedHashMap<>();
    terms.put(f1, v1);
    terms.put(f2, v2);
    terms.put(f3, v3);
    terms.forEach((field, values) -> {
      if (!values.isEmpty()) {
        List<FieldValue> list = values.stream().map(FieldValue::of).toList();
        should.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list)))));
      }
    });
    if (should.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return es.call(c -> c.search(r -> r.index(quanta).size(MAX_NODES).query(q -> q.bool(b -> b.should(should)
            .minimumShouldMatch("1"))).source(s -> s.filter(f -> f.includes(SOURCE))), ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> response.hits().hits().stream().map(Hit::source).toList());
  }
}
