package io.quanta.dictionary.crawler;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.contracts.ContractDocument;
import io.quanta.dictionary.contracts.ContractStore;
import io.quanta.dictionary.contracts.ContractStore.Outcome;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.es.JsonBytes;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the results of a batch of crawls in one bulk request: the contract documents as the {@link ContractStore}
 * plans them, and the quantum documents, each only over the version this crawler claimed. A quantum
 * re-announced meanwhile gets the crawl merged over its new registry facts; a deleted one stays deleted.
 */
final class CrawlWriter {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CrawlWriter.class);

  private final Es es;
  private final String quanta;
  private final ContractStore contracts;

  CrawlWriter(Es es, String quantaAlias, ContractStore contracts) {
    this.es = es;
    this.quanta = quantaAlias;
    this.contracts = contracts;
  }

  Future<Void> write(List<CrawlResult> results) {
    long started = System.nanoTime();
    return writeBatch(results).onSuccess(v -> LOG.debug("wrote {} crawl results in {} ms", results.size(),
        (System.nanoTime() - started) / 1_000_000));
  }

  private Future<Void> writeBatch(List<CrawlResult> results) {
    if (results.isEmpty()) {
      return Future.succeededFuture();
    }
    List<ObjectNode> contractDocs = new ArrayList<>();
    List<CrawlResult> withContract = new ArrayList<>();
    results.forEach(r -> {
      if (r.contract() != null) {
        contractDocs.add(r.contract());
        withContract.add(r);
      }
    });
    return contracts.plan(contractDocs).compose(plan -> {
      for (int i = 0; i < plan.outcomes().size(); i++) {
        if (plan.outcomes().get(i) == Outcome.CONFLICT) {
          conflict(withContract.get(i).quantum(), withContract.get(i).contract());
        }
      }
      // One bulk request for both indices: the contracts' operations first, then one per quantum.
      List<BulkOperation> operations = new ArrayList<>(plan.operations());
      results.forEach(r -> operations.add(quantumOperation(r)));
      int contractOps = plan.operations().size();
      return es.call(c -> c.bulk(b -> b.operations(operations))).compose((BulkResponse response) -> {
        List<BulkResponseItem> items = response.items();
        ContractStore.refused(items.subList(0, contractOps));
        return retryQuanta(results, items.subList(contractOps, items.size()));
      });
    });
  }

  private static void conflict(ObjectNode quantum, ObjectNode contract) {
    quantum.put("health", Health.DEGRADED);
    quantum.withArray("healthReasons").add("contract-conflict: "
        + contract.path("key").asText() + " was published to the dictionary with other content; publish a new version");
  }

  /** The quantum's document over the version claimed: whole after a crawl, merged when only its health changed. */
  private BulkOperation quantumOperation(CrawlResult r) {
    return !r.partial()
        ? BulkOperation.of(o -> o.index(i -> i.index(quanta).id(r.claim().id()).ifSeqNo(r.claim().seqNo())
            .ifPrimaryTerm(r.claim().primaryTerm()).document(JsonBytes.binary(JsonBytes.of(r.quantum())))))
        : BulkOperation.of(o -> o.update(u -> u.index(quanta).id(r.claim().id()).ifSeqNo(r.claim().seqNo())
            .ifPrimaryTerm(r.claim().primaryTerm()).action(a -> a.doc(r.quantum()))));
  }

  /** Quanta changed since their claim (409) are merged and written again; other refusals are logged. */
  private Future<Void> retryQuanta(List<CrawlResult> results, List<BulkResponseItem> items) {
    List<Future<Void>> retries = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).status() == 409) {
        retries.add(mergeAndWrite(results.get(i)));
      } else if (items.get(i).error() != null) {
        // One document the index refuses must not hold back the others; its quantum is due again after the lease.
        LOG.warn("the quanta index refused the crawl of {}: {}", items.get(i).id(), items.get(i).error().reason());
      }
    }
    return Future.all(retries).mapEmpty();
  }

  /** The registry entry changed since the claim: keep its registry facts, put this crawl's over the rest. */
  private Future<Void> mergeAndWrite(CrawlResult result) {
    String id = result.claim().id();
    if (result.partial()) {
      // Health and crawl facts only: merged into whatever is there now, if the quantum is still registered.
      ObjectNode partial = result.quantum();
      ((ObjectNode) partial.path("crawl")).remove(List.of("announcedAt", "seed", "nextCrawlAt"));
      return es.call(c -> c.update(u -> u.index(quanta).id(id).doc(partial), ObjectNode.class))
          .<Void>mapEmpty().recover(e -> Future.succeededFuture());
    }
    return es.call(c -> c.get(g -> g.index(quanta).id(id), ObjectNode.class)).compose((GetResponse<ObjectNode> got) -> {
      if (!got.found()) {
        return Future.succeededFuture();
      }
      ObjectNode current = got.source();
      ObjectNode doc = result.quantum();
      ObjectNode crawl = (ObjectNode) doc.path("crawl");
      JsonNode now = current.path("crawl");
      for (String key : new String[] {"announcedAt", "seed"}) {
        if (now.hasNonNull(key)) {
          crawl.set(key, now.get(key));
        }
      }
      if (!current.path("url").asText().equals(result.claim().url())) {
        doc.put("url", current.path("url").asText());
        crawl.put("nextCrawlAt", Instant.now().toString());
        doc.set("healthReasons", ContractDocument.strings(List.of()));
        doc.put("health", Health.PENDING);
      }
      return es.call(c -> c.index(i -> i.index(quanta).id(id).ifSeqNo(got.seqNo()).ifPrimaryTerm(got.primaryTerm())
          .document(doc))).<Void>mapEmpty().recover(e -> Future.succeededFuture());
    });
  }
}
