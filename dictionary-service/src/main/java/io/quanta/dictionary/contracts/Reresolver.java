package io.quanta.dictionary.contracts;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.contracts.ContractDocument.Provenance;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.index.DocumentScan;
import io.quanta.dictionary.index.Indices;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves contracts again when what they inherit changed: the descendants of a contract that was published
 * or changed, and (periodically) the contracts whose missing parents have arrived since. The quanta that serve
 * a re-resolved contract get its new effective fields at once; their health follows at their next crawl.
 */
public final class Reresolver {

  static final int PAGE = 200;
  private static final List<String> DERIVED = List.of("name", "description", "domain", "owner", "tags",
      "classifications", "fields", "objects");

  private final Vertx vertx;
  private final Es es;
  private final Indices indices;
  private final DictionaryResolver resolver;
  private final ContractStore store;

  public Reresolver(Vertx vertx, Es es, Indices indices, DictionaryResolver resolver, ContractStore store) {
    this.vertx = vertx;
    this.es = es;
    this.indices = indices;
    this.resolver = resolver;
    this.store = store;
  }

  /** Re-resolves every contract that inherits from {@code id}, visible to searches when done; how many. */
  public Future<Long> descendantsOf(String id) {
    String query = "{\"term\":{\"ancestorIds\":" + Es.JSON.valueToTree(id) + "}}";
    long[] count = {0};
    return new DocumentScan(es, indices.contracts().alias(), indices.contracts().idField(), query, PAGE)
        .forEachPage(hits -> {
          count[0] += hits.size();
          return reresolve(hits, true);
        }).map(n -> count[0]);
  }

  /** Re-resolves unresolved contracts whose missing parents the dictionary now holds. */
  public Future<Integer> sweep() {
    String contracts = indices.contracts().alias();
    return es.call(c -> c.search(r -> r.index(contracts).size(0)
            .query(q -> q.term(t -> t.field("resolution.resolved").value(false)))
            .aggregations("missing", a -> a.terms(t -> t.field("resolution.missing").size(1000))), ObjectNode.class))
        .compose((SearchResponse<ObjectNode> response) -> {
          List<FieldValue> missing = response.aggregations().get("missing").sterms().buckets().array().stream()
              .map(b -> FieldValue.of(b.key().stringValue())).toList();
          if (missing.isEmpty()) {
            return Future.succeededFuture(List.<FieldValue>of());
          }
          return es.call(c -> c.search(r -> r.index(contracts).size(0)
                  .query(q -> q.terms(t -> t.field("id").terms(v -> v.value(missing))))
                  .aggregations("held", a -> a.terms(t -> t.field("id").size(1000))), ObjectNode.class))
              .map((SearchResponse<ObjectNode> held) -> held.aggregations().get("held").sterms().buckets().array()
                  .stream().map(b -> FieldValue.of(b.key().stringValue())).toList());
        })
        .compose(arrived -> arrived.isEmpty() ? Future.succeededFuture(0) : es.call(c -> c.search(r -> r
                .index(contracts).size(PAGE)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("resolution.resolved").value(false)))
                    .filter(f -> f.terms(t -> t.field("resolution.missing").terms(v -> v.value(arrived)))))),
            ObjectNode.class))
            .compose((SearchResponse<ObjectNode> found) -> reresolve(found.hits().hits())
                .map(v -> found.hits().hits().size())));
  }

  private Future<Void> reresolve(List<Hit<ObjectNode>> hits) {
    return reresolve(hits, false);
  }

  private Future<Void> reresolve(List<Hit<ObjectNode>> hits, boolean visible) {
    if (hits.isEmpty()) {
      return Future.succeededFuture();
    }
    ParentLoader loader = new ParentLoader(es, indices.contracts().alias());
    List<Future<ObjectNode>> docs = new ArrayList<>();
    for (Hit<ObjectNode> hit : hits) {
      ObjectNode stored = hit.source();
      ObjectNode raw = (ObjectNode) stored.get("raw");
      Provenance provenance = new Provenance(stored.path("published").asBoolean(false),
          stored.path("publishedBy").asText(null), stored.path("firstSeenIn").asText(null));
      ObjectNode servedEffective = "quantum".equals(stored.path("effectiveSource").asText())
          ? (ObjectNode) stored.get("effective") : null;
      docs.add(vertx.executeBlocking(() -> Linted.of(stored.path("key").asText(), raw.toString()), false)
          .compose(linted -> resolver.resolve(raw, loader).map(resolved ->
              ContractDocument.build(linted, resolved, servedEffective, provenance, Instant.now()))));
    }
    return Future.all(docs).compose(all -> {
      List<ObjectNode> built = docs.stream().map(Future::result).toList();
      return store.save(built, visible).compose(outcomes -> updateQuanta(built));
    });
  }

  /** Gives the quanta that serve these contract versions their new effective fields. */
  private Future<Void> updateQuanta(List<ObjectNode> contracts) {
    List<FieldValue> keys = contracts.stream().map(c -> FieldValue.of(c.path("key").asText())).toList();
    return es.call(c -> c.search(r -> r.index(indices.quanta().alias()).size(10_000)
            .query(q -> q.terms(t -> t.field("contract.key").terms(v -> v.value(keys))))
            .source(s -> s.filter(f -> f.includes("id", "contract.key"))), ObjectNode.class))
        .compose((SearchResponse<ObjectNode> response) -> {
          List<BulkOperation> operations = new ArrayList<>();
          for (Hit<ObjectNode> hit : response.hits().hits()) {
            String key = hit.source().path("contract").path("key").asText();
            contracts.stream().filter(c -> c.path("key").asText().equals(key)).findFirst().ifPresent(contract -> {
              ObjectNode update = Es.JSON.createObjectNode();
              DERIVED.forEach(k -> {
                if (contract.has(k)) {
                  update.set(k, contract.get(k));
                }
              });
              update.set("ancestors", contract.get("ancestors"));
              update.set("ancestorIds", contract.get("ancestorIds"));
              operations.add(BulkOperation.of(o -> o.update(u -> u.index(indices.quanta().alias()).id(hit.id())
                  .action(a -> a.doc(update)))));
            });
          }
          return operations.isEmpty() ? Future.succeededFuture()
              : es.call(c -> c.bulk(b -> b.operations(operations))).mapEmpty();
        });
  }

}
