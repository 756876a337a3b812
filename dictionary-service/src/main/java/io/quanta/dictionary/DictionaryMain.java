package io.quanta.dictionary;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.quanta.dictionary.api.Access;
import io.quanta.dictionary.config.DictionaryConfig;
import io.quanta.dictionary.contracts.ContractService;
import io.quanta.dictionary.contracts.ContractStore;
import io.quanta.dictionary.contracts.DictionaryResolver;
import io.quanta.dictionary.contracts.Reresolver;
import io.quanta.dictionary.crawler.Crawler;
import io.quanta.dictionary.crawler.Crawlers;
import io.quanta.dictionary.crawler.CrawlResult;
import io.quanta.dictionary.crawler.QuantumFetcher;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.governance.Governance;
import io.quanta.dictionary.index.IndexMigrator;
import io.quanta.dictionary.index.Indices;
import io.quanta.dictionary.lineage.LineageService;
import io.quanta.dictionary.registry.Registry;
import io.quanta.dictionary.registry.Spool;
import io.quanta.dictionary.search.SearchService;
import io.quanta.runtime.QuantumVertx;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the dictionary against an Elasticsearch at a URL: settings and policies are checked first, then the
 * HTTP server listens at once; the indices are created (or migrated) as soon as Elasticsearch answers, and
 * the crawler starts then. Until then the API answers 503 and announcements are spooled.
 */
public final class DictionaryMain {

  private static final Logger LOG = LoggerFactory.getLogger(DictionaryMain.class);

  private DictionaryMain() {
  }

  /** A started dictionary; {@link #close()} stops crawling, drains requests and closes the client. */
  public record Running(Dictionary dictionary, HttpServer server, Maintenance maintenance, QuantumFetcher fetcher) {

    public int port() {
      return server.actualPort();
    }

    public String url() {
      String configured = dictionary.config().server().publicUrl();
      return configured != null ? configured : "http://localhost:" + port();
    }

    public Future<Void> close() {
      maintenance.stop();
      return dictionary.crawler().stop()
          .eventually(() -> server.shutdown(10, TimeUnit.SECONDS))
          .eventually(fetcher::close)
          .eventually(() -> {
            dictionary.es().close();
            return Future.succeededFuture();
          });
    }
  }

  /** Starts the dictionary with Elasticsearch at {@code esUrl} (the configured one, or an embedded one). */
  public static Future<Running> start(QuantumVertx runtime, DictionaryConfig config, String esUrl) {
    Vertx vertx = runtime.vertx();
    return vertx.executeBlocking(() -> new Prepared(Access.load(vertx, config.access()),
            Governance.load(config.policies()), new Spool(vertx, config.dataDir().resolve("spool"))))
        .compose(prepared -> {
          Dictionary dictionary = assemble(runtime, config, esUrl, prepared);
          HttpServerOptions options = new HttpServerOptions().setHost(config.server().host())
              .setPort(config.server().port()).setCompressionSupported(true).setHttp2ClearTextEnabled(false);
          return vertx.createHttpServer(options).requestHandler(DictionaryServer.router(dictionary)).listen()
              .compose(server -> begin(dictionary, server, prepared));
        });
  }

  private record Prepared(Access access, Governance governance, Spool spool) {
  }

  private static Dictionary assemble(QuantumVertx runtime, DictionaryConfig config, String esUrl, Prepared prepared) {
    Vertx vertx = runtime.vertx();
    Es es = Es.connect(vertx, esUrl);
    Indices indices = Indices.of(config.elasticsearch().indexPrefix());
    var crawl = config.crawler();
    QuantumFetcher fetcher = new QuantumFetcher(vertx, crawl.concurrency(), crawl.timeoutSeconds() * 1000L,
        crawl.maxResponseBytes(), crawl.token());
    DictionaryResolver resolver = new DictionaryResolver(vertx);
    ContractStore store = new ContractStore(es, indices.contracts().alias());
    Reresolver reresolver = new Reresolver(vertx, es, indices, resolver, store);
    Crawler crawler = Crawlers.create(vertx, es, indices, crawl, fetcher, resolver, store, observer(runtime));
    Registry registry = new Registry(es, indices.quanta().alias(), fetcher, prepared.spool(), crawler::kick);
    return new Dictionary(config, vertx, runtime.metrics(), es, indices, prepared.access(), registry, crawler,
        new ContractService(vertx, es, indices, resolver, store, reresolver), new SearchService(es, indices),
        new LineageService(es, indices), prepared.governance());
  }

  /** Starts the chores; completes once the indices are in place, or the first attempt found Elasticsearch down. */
  private static Future<Running> begin(Dictionary d, HttpServer server, Prepared prepared) {
    Maintenance maintenance = new Maintenance(d.vertx().getOrCreateContext());
    Future<Void> indices = maintenance.ensureIndices(new IndexMigrator(d.es()), d.indices(), () -> {
      LOG.info("the dictionary's indices are ready on {}; crawling", d.es().shownUrl());
      d.crawler().start();
    });
    maintenance.every(5_000, () -> maintenance.indicesReady() ? d.registry().replaySpool() : Future.succeededFuture(),
        false);
    maintenance.every(10_000, () -> maintenance.indicesReady() ? d.contracts().reresolver().sweep()
        : Future.succeededFuture(), false);
    maintenance.seeds(d.config().seeds(), d.registry(), d.config().crawler().intervalSeconds() * 1000L);
    return indices.map(v -> new Running(d, server, maintenance, d.registry().fetcher()));
  }

  private static java.util.function.Consumer<CrawlResult> observer(QuantumVertx runtime) {
    var registry = runtime.metrics();
    Timer duration = Timer.builder("quanta_dictionary_crawl").description("Time to crawl one quantum")
        .register(registry);
    java.util.Map<String, Counter> crawls = new java.util.concurrent.ConcurrentHashMap<>();
    return result -> {
      crawls.computeIfAbsent(result.health(), outcome -> Counter.builder("quanta_dictionary_crawls")
          .description("Crawls of quanta by the health they found").tag("outcome", outcome).register(registry))
          .increment();
      long millis = result.quantum().path("crawl").path("durationMillis").asLong(0);
      duration.record(Duration.ofMillis(millis));
    };
  }
}
