package io.quanta.dictionary.crawler;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.contracts.ParentLoader;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.es.IndexUnavailableException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls the quanta that are due. Each round reads the due registry entries (next crawl time passed), claims
 * them with one bulk update that only succeeds over the version read (so replicas never crawl the same
 * quantum twice in a round), crawls them with bounded concurrency, and writes the results in batches.
 * Every state lives in the index: the due time, the failure count and the backoff are fields of the
 * quantum's document. A round that finds Elasticsearch down waits and tries again; the quanta that came
 * due meanwhile are crawled when it is back.
 */
public final class Crawler {

  private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
  /** Quanta claimed per round; a full round is followed by another at once. */
  static final int ROUND_SIZE = 200;
  /** Results written per bulk request. */
  static final int WRITE_BATCH = 100;
  static final long IDLE_MILLIS = 1_000;

  private final Context context;
  private final Es es;
  private final String quanta;
  private final CrawlJob job;
  private final CrawlWriter writer;
  private final String contractsAlias;
  private final int concurrency;
  private final Duration lease;
  private final Consumer<CrawlResult> observer;

  // Touched on the crawler's context only.
  private boolean running;
  private boolean again;
  private boolean stopped;
  private long timer = -1;
  private Boolean indexUp;
  private Promise<Void> idle;

  Crawler(Context context, Es es, String quantaAlias, String contractsAlias, CrawlJob job, CrawlWriter writer,
      int concurrency, Duration lease, Consumer<CrawlResult> observer) {
    this.context = context;
    this.es = es;
    this.quanta = quantaAlias;
    this.contractsAlias = contractsAlias;
    this.job = job;
    this.writer = writer;
    this.concurrency = concurrency;
    this.lease = lease;
    this.observer = observer;
  }

  /**
   * A crawler for the settings; {@code observer} sees every result (metrics). Call {@link #start()} once the
   * indices exist.
   */
  public static Crawler create(io.vertx.core.Vertx vertx, Es es, io.quanta.dictionary.index.Indices indices,
      io.quanta.dictionary.config.DictionaryConfig.CrawlerConfig config, QuantumFetcher fetcher,
      io.quanta.dictionary.contracts.DictionaryResolver resolver,
      io.quanta.dictionary.contracts.ContractStore contracts, Consumer<CrawlResult> observer) {
    long interval = config.intervalSeconds() * 1000L;
    io.quanta.runtime.registry.Backoff backoff = io.quanta.runtime.registry.Backoff.of(Math.min(2_000, interval),
        Math.max(Math.min(2_000, interval), config.maxBackoffSeconds() * 1000L));
    CrawlJob job = new CrawlJob(vertx, fetcher, resolver, new CrawlJob.Schedule(Duration.ofMillis(interval), backoff,
        Duration.ofSeconds(config.staleAfterSeconds())));
    CrawlWriter writer = new CrawlWriter(es, indices.quanta().alias(), contracts);
    // A claimed quantum whose crawl never reported back (the replica died) is due again after this lease.
    Duration lease = Duration.ofSeconds(Math.max(60, config.timeoutSeconds() * 4L));
    return new Crawler(vertx.getOrCreateContext(), es, indices.quanta().alias(), indices.contracts().alias(), job,
        writer, config.concurrency(), lease, observer);
  }

  /** Starts the rounds. */
  public void start() {
    context.runOnContext(v -> schedule(0));
  }

  /** Starts a round now (an announcement asked for a crawl), or right after the running one. */
  public void kick() {
    context.runOnContext(v -> {
      if (running) {
        again = true;
      } else {
        schedule(0);
      }
    });
  }

  /** Stops starting rounds; completes once the running round (if any) has written its results. */
  public Future<Void> stop() {
    Promise<Void> stoppedPromise = Promise.promise();
    context.runOnContext(v -> {
      stopped = true;
      if (timer >= 0) {
        context.owner().cancelTimer(timer);
      }
      if (running) {
        idle = stoppedPromise;
      } else {
        stoppedPromise.complete();
      }
    });
    return stoppedPromise.future();
  }

  private void schedule(long delay) {
    if (stopped) {
      return;
    }
    if (timer >= 0) {
      context.owner().cancelTimer(timer);
    }
    timer = context.owner().setTimer(Math.max(1, delay), id -> {
      timer = -1;
      round();
    });
  }

  private void round() {
    if (running || stopped) {
      return;
    }
    running = true;
    again = false;
    due().compose(this::claim).compose(this::crawl).onComplete(result -> {
      running = false;
      if (idle != null) {
        idle.complete();
        return;
      }
      if (result.succeeded()) {
        reportIndex(true, null);
        schedule(result.result() >= ROUND_SIZE || again ? 0 : IDLE_MILLIS);
      } else {
        reportIndex(false, result.cause());
        schedule(5_000);
      }
    });
  }

  private Future<List<Hit<ObjectNode>>> due() {
    String now = Instant.now().toString();
    return es.call(c -> c.search(r -> r.index(quanta).size(ROUND_SIZE).seqNoPrimaryTerm(true)
        .query(q -> q.bool(b -> b
            .should(s -> s.range(g -> g.date(d -> d.field("crawl.nextCrawlAt").lte(now))))
            .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("crawl.nextCrawlAt")))))
            .minimumShouldMatch("1")))
        .sort(s -> s.field(f -> f.field("crawl.nextCrawlAt").order(SortOrder.Asc).missing("_first")))
        // Whole documents but the raw observability answers: a quantum whose contract cannot be read this time
        // keeps its last known fields.
        .source(s -> s.filter(f -> f.excludes("documents"))), ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> response.hits().hits());
  }

  /** Moves each due quantum's next crawl past the lease, over the version read; the successes are ours. */
  private Future<List<Claim>> claim(List<Hit<ObjectNode>> hits) {
    if (hits.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    String until = Instant.now().plus(lease).toString();
    List<BulkOperation> operations = new ArrayList<>();
    for (Hit<ObjectNode> hit : hits) {
      ObjectNode lease = Es.JSON.createObjectNode();
      lease.putObject("crawl").put("nextCrawlAt", until);
      operations.add(BulkOperation.of(o -> o.update(u -> u.index(quanta).id(hit.id()).ifSeqNo(hit.seqNo())
          .ifPrimaryTerm(hit.primaryTerm()).action(a -> a.doc(lease)))));
    }
    return es.call(c -> c.bulk(b -> b.operations(operations))).map((BulkResponse response) -> {
      List<Claim> claims = new ArrayList<>();
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        Hit<ObjectNode> hit = hits.get(i);
        if (item.error() == null && item.seqNo() != null && hit.source() != null) {
          claims.add(new Claim(hit.id(), hit.source().path("url").asText(), hit.source(), item.seqNo(),
              item.primaryTerm()));
        }
      }
      return claims;
    });
  }

  private Future<Integer> crawl(List<Claim> claims) {
    if (claims.isEmpty()) {
      return Future.succeededFuture(0);
    }
    ParentLoader loader = new ParentLoader(es, contractsAlias);
    List<CrawlResult> pending = new ArrayList<>();
    List<Future<Void>> writes = new ArrayList<>();
    return Bounded.run(claims, concurrency, claim -> job.run(claim, loader), result -> {
      observer.accept(result);
      pending.add(result);
      if (pending.size() >= WRITE_BATCH) {
        writes.add(writer.write(new ArrayList<>(pending)));
        pending.clear();
      }
    }).compose(v -> {
      writes.add(writer.write(new ArrayList<>(pending)));
      return Future.all(writes);
    }).map(v -> claims.size());
  }

  private void reportIndex(boolean up, Throwable cause) {
    if (!up && !IndexUnavailableException.isUnavailable(cause)) {
      LOG.warn("a crawl round failed; retrying in 5 s: {}", cause.toString());
    }
    if (indexUp == null || indexUp != up) {
      if (up && indexUp != null) {
        LOG.info("Elasticsearch is back; the crawler catches up with the quanta that came due");
      } else if (!up && IndexUnavailableException.isUnavailable(cause)) {
        LOG.warn("the crawler cannot reach Elasticsearch ({}); retrying every 5 s", cause.getMessage());
      }
      indexUp = up;
    }
  }
}
