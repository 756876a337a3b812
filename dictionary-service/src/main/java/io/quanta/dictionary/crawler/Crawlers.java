package io.quanta.dictionary.crawler;

import io.quanta.dictionary.config.DictionaryConfig.CrawlerConfig;
import io.quanta.dictionary.contracts.ContractStore;
import io.quanta.dictionary.contracts.DictionaryResolver;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.index.Indices;
import io.quanta.runtime.registry.Backoff;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/** Builds the {@link Crawler} of a dictionary from its settings. */
public final class Crawlers {

  private Crawlers() {
  }

  /**
   * A crawler for the settings; {@code observer} sees every result (metrics). Call {@link Crawler#start()} once
   * the indices exist.
   */
  public static Crawler create(Vertx vertx, Es es, Indices indices, CrawlerConfig config, QuantumFetcher fetcher,
      DictionaryResolver resolver, ContractStore contracts, Consumer<CrawlResult> observer) {
    long interval = config.intervalSeconds() * 1000L;
    Backoff backoff = Backoff.of(Math.min(2_000, interval),
        Math.max(Math.min(2_000, interval), config.maxBackoffSeconds() * 1000L));
    CrawlJob job = new CrawlJob(vertx, fetcher, resolver, new CrawlJob.Schedule(Duration.ofMillis(interval), backoff,
        Duration.ofSeconds(config.staleAfterSeconds())));
    CrawlWriter writer = new CrawlWriter(es, indices.quanta().alias(), contracts);
    CrawlLease lease = new CrawlLease(es, indices.leases().alias(), UUID.randomUUID().toString(),
        Crawler.LEASE);
    return new Crawler(vertx.getOrCreateContext(), es, indices.quanta().alias(), indices.contracts().alias(), job,
        writer, config.concurrency(), lease, observer);
  }
}
