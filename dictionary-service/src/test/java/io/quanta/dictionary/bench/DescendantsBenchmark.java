package io.quanta.dictionary.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.DictionaryMain;
import io.quanta.dictionary.contracts.ContractDocument;
import io.quanta.dictionary.contracts.ContractDocument.Provenance;
import io.quanta.dictionary.contracts.ContractStore;
import io.quanta.dictionary.contracts.DictionaryResolver;
import io.quanta.dictionary.contracts.Linted;
import io.quanta.dictionary.contracts.ParentLoader;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.index.IndexMigrator;
import io.quanta.dictionary.index.Indices;
import io.quanta.dictionary.testing.FixtureContracts;
import io.quanta.runtime.QuantumVertx;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 10,000 contracts indexed through the dictionary's own pipeline (lint, resolve against the index, build,
 * store): one base, 99 contracts extending it, and 9,900 extending those. Then the descendants of the base
 * through the API: every one of the 9,999, with the number of Elasticsearch queries it took (from the
 * index's search statistics) and the latency (median of 11).
 */
final class DescendantsBenchmark {

  static final int MIDDLE = 99;

  private DescendantsBenchmark() {
  }

  static void run(QuantumVertx vertx, Es es, String esUrl, String prefix, int total) throws Exception {
    Indices indices = Indices.of(prefix);
    new IndexMigrator(es).ensure(indices.quanta()).await();
    new IndexMigrator(es).ensure(indices.contracts()).await();
    ContractStore store = new ContractStore(es, indices.contracts().alias());
    DictionaryResolver resolver = new DictionaryResolver(vertx.vertx());
    long start = System.nanoTime();
    index(vertx, es, indices, store, resolver, List.of(FixtureContracts.contract("base", 0, null)));
    List<String> middle = new ArrayList<>();
    for (int i = 0; i < MIDDLE; i++) {
      middle.add(FixtureContracts.contract("middle-" + i, i, "base@1"));
    }
    index(vertx, es, indices, store, resolver, middle);
    List<String> leaves = new ArrayList<>();
    for (int i = 0; i < total - 1 - MIDDLE; i++) {
      leaves.add(FixtureContracts.contract("leaf-" + i, i, "middle-" + (i % MIDDLE) + "@1"));
    }
    for (int i = 0; i < leaves.size(); i += 500) {
      index(vertx, es, indices, store, resolver, leaves.subList(i, Math.min(leaves.size(), i + 500)));
    }
    DictionaryBenchmark.report("index " + total + " contracts through the pipeline (lint, resolve, store)",
        (System.nanoTime() - start) / 1e9, "s");

    DictionaryMain.Running dictionary = DictionaryMain.start(vertx, DictionaryBenchmark.config(prefix, esUrl), esUrl)
        .await();
    String url = "http://localhost:" + dictionary.port() + "/api/contracts/base/descendants?size=10000";
    JsonNode first = DictionaryBenchmark.get(url);
    long queries = Long.MAX_VALUE;
    double[] millis = new double[11];
    for (int i = 0; i < millis.length; i++) {
      long before = searches(esUrl, indices);
      long t = System.nanoTime();
      JsonNode answer = DictionaryBenchmark.get(url);
      millis[i] = (System.nanoTime() - t) / 1e6;
      queries = Math.min(queries, searches(esUrl, indices) - before);
      if (answer.path("descendants").size() != total - 1) {
        throw new IllegalStateException("expected " + (total - 1) + " descendants, got " + answer.path("total"));
      }
    }
    Arrays.sort(millis);
    DictionaryBenchmark.report("descendants of the base: returned (total " + first.path("total").asLong() + ")",
        first.path("descendants").size(), "contracts");
    DictionaryBenchmark.report("descendants of the base: Elasticsearch queries per request", queries, "");
    DictionaryBenchmark.report("descendants of the base: latency, median of 11 (all 9,999 in one answer)",
        millis[millis.length / 2], "ms");
    dictionary.close().await();
  }

  private static void index(QuantumVertx vertx, Es es, Indices indices, ContractStore store,
      DictionaryResolver resolver, List<String> texts) {
    ParentLoader loader = new ParentLoader(es, indices.contracts().alias());
    List<Future<ObjectNode>> docs = new ArrayList<>();
    for (String text : texts) {
      docs.add(vertx.vertx().executeBlocking(() -> Linted.of("bench", text), false)
          .compose(linted -> resolver.resolve(linted.tree(), loader).map(resolved -> ContractDocument.build(linted,
              resolved, null, Provenance.published("bench"), Instant.now()))));
    }
    Future.all(docs).compose(all -> store.save(docs.stream().map(Future::result).toList(), true)).await();
  }

  /** The contracts index's count of search queries (one shard: one per query). */
  private static long searches(String esUrl, Indices indices) throws Exception {
    return DictionaryBenchmark.get(esUrl + "/" + indices.contracts().alias() + "/_stats/search")
        .path("_all").path("primaries").path("search").path("query_total").asLong();
  }
}
