package io.quanta.dictionary.bench;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.DictionaryMain;
import io.quanta.dictionary.config.DictionaryConfig;
import io.quanta.dictionary.config.DictionaryConfigLoader;
import io.quanta.dictionary.es.EmbeddedElasticsearch;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.index.DocumentScan;
import io.quanta.dictionary.index.IndexDefinition;
import io.quanta.dictionary.index.IndexMigrator;
import io.quanta.dictionary.index.Indices;
import io.quanta.dictionary.search.SearchParams;
import io.quanta.dictionary.search.SearchQuery;
import io.quanta.dictionary.testing.RegistryEntries;
import io.quanta.runtime.QuantumVertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dictionary's benchmarks, in one run against one Elasticsearch:
 * <ol>
 *   <li>crawl and index N fixture quanta (served by {@link FixtureMain} in another process) against bulk
 *   indexing the very documents the crawl produced straight into Elasticsearch;</li>
 *   <li>search p99 at 32 concurrent clients ({@code wrk}) against the same query body sent straight to
 *   Elasticsearch;</li>
 *   <li>descendants of a base contract among 10,000 contracts: one Elasticsearch query, and its latency
 *   ({@link DescendantsBenchmark}).</li>
 * </ol>
 * Arguments: fixture port, N, data folder for the embedded Elasticsearch (or an Elasticsearch URL), and
 * optionally which parts to run ({@code crawl,search,descendants}, the default).
 */
public final class DictionaryBenchmark {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  private DictionaryBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int fixturePort = Integer.parseInt(args[0]);
    int count = Integer.parseInt(args[1]);
    EmbeddedElasticsearch embedded = args[2].startsWith("http") ? null
        : EmbeddedElasticsearch.start(Path.of(args[2]), 0, line -> System.err.println("[es] " + line));
    String esUrl = embedded == null ? args[2] : embedded.url();
    String parts = args.length > 3 ? args[3] : "crawl,search,descendants";
    QuantumVertx vertx = QuantumVertx.create();
    Es es = Es.connect(vertx.vertx(), esUrl);
    try {
      dropBenchIndices(es);
      String prefix = "bench-" + Instant.now().getEpochSecond();
      Indices indices = Indices.of(prefix);
      IndexMigrator migrator = new IndexMigrator(es);
      migrator.ensure(indices.quanta()).await();
      migrator.ensure(indices.contracts()).await();
      DictionaryMain.Running dictionary = DictionaryMain.start(vertx, config(prefix, esUrl), esUrl).await();
      // A first crawl of other quanta (30 × N unless -Dbench.warmup says otherwise) warms the JIT of all three
      // processes (the dictionary's crawl, the fixture's answers, Elasticsearch's indexing), as in a dictionary that
      // has crawled its mesh for half an hour; then -Dbench.warmupRounds rounds exactly like the timed ones. The
      // crawl is measured in that steady state: the compilers of both JVMs still work through it for about ten
      // rounds after a start on two cores (docs/benchmarks.md), and every warm-up round is printed.
      int rounds = Math.max(1, Integer.getInteger("bench.rounds", ROUNDS));
      int warmUpRounds = Math.max(0, Integer.getInteger("bench.warmupRounds", WARM_UP_ROUNDS));
      int warmUp = Math.max(1, Integer.getInteger("bench.warmup", 30 * count));
      int total = rounds + warmUpRounds;
      register(es, indices, fixturePort, total * count, total * count + warmUp);
      long warmUpStart = System.nanoTime();
      dictionary.dictionary().crawler().kick();
      awaitCrawled(es, indices, warmUp);
      double warmUpSeconds = (System.nanoTime() - warmUpStart) / 1e9;
      report("warm-up: first crawl of " + warmUp + " quanta, from a cold start (registered → all searchable)",
          warmUpSeconds, "s");
      report("warm-up: quanta per second in that first crawl", warmUp / warmUpSeconds, "/s");

      // Rounds of fresh quanta, each against bulk-indexing its own documents: the JIT compilers of all three
      // processes are still busy in the first ones on a small machine, so every round is printed and the median
      // of the timed ones counts.
      double[] ratios = new double[rounds];
      for (int round = 0; round < total; round++) {
        int from = round * count;
        boolean timed = round >= warmUpRounds;
        String name = timed ? "round " + (round - warmUpRounds + 1) : "warm-up round " + (round + 1);
        CpuAccount cpu = CpuAccount.of(esUrl);
        cpu.awaitQuiet();
        // The registration stands for N announcements, not for crawling: the clock starts once the N quanta are
        // in the registry, due now, and the crawler is told so (as an announcement tells it).
        cpu.begin();
        register(es, indices, fixturePort, from, from + count);
        cpu.report("the registration (not timed)");
        cpu.begin();
        long crawlStart = System.nanoTime();
        dictionary.dictionary().crawler().kick();
        awaitCrawled(es, indices, warmUp + from + count);
        double crawlSeconds = (System.nanoTime() - crawlStart) / 1e9;
        report(name + ": crawl+index " + count + " quanta (registered and due → all searchable)", crawlSeconds, "s");
        cpu.report("the crawl");
        double bulkSeconds = baseline(es, indices, prefix + "-baseline-" + round, from, count, cpu);
        report(name + ": bulk-index the same " + (2 * count)
            + " documents straight into Elasticsearch (median of " + BULK_RUNS + ")", bulkSeconds, "s");
        report(name + ": crawl ÷ bulk", crawlSeconds / bulkSeconds, "×");
        if (timed) {
          ratios[round - warmUpRounds] = crawlSeconds / bulkSeconds;
        }
      }
      report("ratio crawl ÷ bulk, median of " + rounds + " rounds (target ≤ 2)", median(ratios), "×");
      if (!parts.contains("search")) {
        dictionary.close().await();
        return;
      }

      SearchParams params = new SearchParams("amount", Map.of("domain", List.of("sales")), 1, 20);
      String direct = SearchLoad.direct(esUrl, indices, SearchQuery.body(params).toString());
      String api = "http://localhost:" + dictionary.port() + "/api/search?q=amount&domain=sales";
      SearchLoad.warm(api, direct);
      double esP99 = SearchLoad.p99(direct, true);
      double apiP99 = SearchLoad.p99(api, false);
      double esP99Again = SearchLoad.p99(direct, true);
      double apiP99Again = SearchLoad.p99(api, false);
      report("search p99, 32 clients, straight to Elasticsearch (two runs)", Math.min(esP99, esP99Again), "ms");
      System.out.println("  runs: " + esP99 + " ms, " + esP99Again + " ms");
      report("search p99, 32 clients, through the dictionary (two runs)", Math.min(apiP99, apiP99Again), "ms");
      System.out.println("  runs: " + apiP99 + " ms, " + apiP99Again + " ms");
      report("ratio dictionary ÷ Elasticsearch p99 (best of each, target ≤ 1.5)",
          Math.min(apiP99, apiP99Again) / Math.min(esP99, esP99Again), "×");
      dictionary.close().await();
      if (!parts.contains("descendants")) {
        return;
      }
      DescendantsBenchmark.run(vertx, es, esUrl, "bench-desc-" + Instant.now().getEpochSecond(), 10_000);
    } finally {
      // Every run leaves Elasticsearch as it found it: hundreds of idle indices from earlier runs would each
      // cost it background work (refresh checks, syncs) in the next run's timings.
      dropBenchIndices(es);
      es.close();
      vertx.close().await();
      if (embedded != null) {
        embedded.stop();
      }
    }
  }

  /** Deletes the indices benchmark runs create ({@code bench-*}), by name: Elasticsearch refuses wildcard deletes. */
  static void dropBenchIndices(Es es) {
    String listed = es.perform("GET", "/_cat/indices/bench-*?h=index&expand_wildcards=all", null).await();
    List<String> names = listed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    for (int i = 0; i < names.size(); i += 50) {
      String batch = String.join(",", names.subList(i, Math.min(names.size(), i + 50)));
      es.perform("DELETE", "/" + batch, null).await();
    }
    if (!names.isEmpty()) {
      System.err.println("  dropped " + names.size() + " benchmark indices");
    }
  }

  static DictionaryConfig config(String prefix, String esUrl) throws Exception {
    Path data = Files.createTempDirectory("dictionary-bench");
    Map<String, String> env = Map.of("QUANTA_ES_INDEX_PREFIX", prefix, "QUANTA_TOKENS", "bench-token=bench",
        "QUANTA_CRAWL_INTERVAL_SECONDS", "3600");
    // -Dbench.concurrency=N crawls N quanta at once instead of the default.
    String concurrency = System.getProperty("bench.concurrency");
    Path settings = concurrency == null ? null
        : Files.writeString(data.resolve("dictionary.yaml"), "crawler:\n  concurrency: " + concurrency + "\n");
    return new DictionaryConfigLoader(env::get).load(new DictionaryConfigLoader.Overrides(settings, 0, esUrl, data));
  }

  /** The registry entries of fixture quanta {@code from}–{@code to}, as announcements create them (due now), in one bulk. */
  static void register(Es es, Indices indices, int port, int from, int to) {
    List<BulkOperation> operations = new ArrayList<>();
    String now = Instant.now().toString();
    for (int i = from; i < to; i++) {
      String id = FixtureMain.name(i);
      ObjectNode doc = RegistryEntries.due(id, "http://localhost:" + port + "/q/" + id, now);
      operations.add(BulkOperation.of(o -> o.index(x -> x.index(indices.quanta().alias()).id(id).document(doc))));
    }
    es.call(c -> c.bulk(b -> b.operations(operations).refresh(Refresh.True))).await();
  }

  static void awaitCrawled(Es es, Indices indices, int count) throws InterruptedException {
    long started = System.nanoTime();
    long reported = started;
    while (true) {
      // No forced refresh: what counts is when the dictionary's documents become searchable by themselves.
      long crawled = es.call(c -> c.count(r -> r.index(indices.quanta().alias())
          .query(q -> q.exists(e -> e.field("crawl.lastSeenAt"))))).await().count();
      long contracts = es.call(c -> c.count(r -> r.index(indices.contracts().alias()))).await().count();
      if (crawled >= count && contracts >= count) {
        return;
      }
      if (System.nanoTime() - reported > 5e9) {
        reported = System.nanoTime();
        System.err.printf("  … %d quanta crawled, %d contracts indexed after %.0f s%n", crawled, contracts,
            (reported - started) / 1e9);
        if (reported - started > 600e9) {
          throw new IllegalStateException("the crawl did not finish within 10 minutes");
        }
      }
      Thread.sleep(50);
    }
  }

  /** Bulk runs into fresh indices; the median counts. */
  static final int BULK_RUNS = 3;
  /** Crawl rounds of fresh quanta, each against its own bulk runs; the median ratio counts. */
  static final int ROUNDS = 5;
  /** Rounds like the timed ones before them, not counted. */
  static final int WARM_UP_ROUNDS = 5;

  /**
   * Reads the documents the timed crawl wrote (quanta {@code from} to {@code from + count - 1} and their
   * contracts), then times bulk-indexing
   * them into fresh indices, 500 per request, plus one refresh: {@value #BULK_RUNS} times, the median counts.
   */
  static double baseline(Es es, Indices source, String prefix, int from, int count, CpuAccount cpu) throws Exception {
    List<Hit<ObjectNode>> quanta = read(es, source.quanta(), from, count);
    List<Hit<ObjectNode>> contracts = read(es, source.contracts(), from, count);
    if (quanta.size() != count || contracts.size() != count) {
      throw new IllegalStateException("the crawl wrote " + quanta.size() + " quanta and " + contracts.size()
          + " contracts of the " + count + " of this round");
    }
    double[] runs = new double[BULK_RUNS];
    for (int run = 0; run < BULK_RUNS; run++) {
      Indices target = Indices.of(prefix + "-" + run);
      IndexMigrator migrator = new IndexMigrator(es);
      migrator.ensure(target.quanta()).await();
      migrator.ensure(target.contracts()).await();
      List<BulkOperation> operations = new ArrayList<>();
      quanta.forEach(h -> operations.add(BulkOperation.of(o -> o.index(x -> x.index(target.quanta().alias())
          .id(h.id()).document(h.source())))));
      contracts.forEach(h -> operations.add(BulkOperation.of(o -> o.index(x -> x.index(target.contracts().alias())
          .id(h.id()).document(h.source())))));
      cpu.awaitQuiet();
      cpu.begin();
      long start = System.nanoTime();
      for (int i = 0; i < operations.size(); i += 500) {
        List<BulkOperation> chunk = operations.subList(i, Math.min(operations.size(), i + 500));
        es.call(c -> c.bulk(b -> b.operations(chunk))).await();
      }
      es.call(c -> c.indices().refresh(r -> r.index(target.quanta().alias(), target.contracts().alias()))).await();
      runs[run] = (System.nanoTime() - start) / 1e9;
      cpu.report("bulk run " + (run + 1) + " (" + String.format("%.3f", runs[run]) + " s)");
      // Each run's indices go again, so that Elasticsearch holds the same indices in every round.
      es.call(c -> c.indices().delete(d -> d.index(target.quanta().index(), target.contracts().index()))).await();
    }
    return median(runs);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static List<Hit<ObjectNode>> read(Es es, IndexDefinition index, int from, int count) {
    String timed = "{\"range\":{\"id\":{\"gte\":\"" + FixtureMain.name(from) + "\",\"lt\":\""
        + FixtureMain.name(from + count) + "\"}}}";
    List<Hit<ObjectNode>> hits = new ArrayList<>();
    new DocumentScan(es, index.alias(), index.idField(), timed, 500).forEachPage(page -> {
      hits.addAll(page);
      return io.vertx.core.Future.succeededFuture();
    }).await();
    return hits;
  }

  static void report(String what, double value, String unit) {
    System.out.printf("%-80s %10.3f %s%n", what, value, unit);
    System.out.flush();
  }

  static JsonNode get(String url) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    return Es.JSON.readTree(response.body());
  }
}
