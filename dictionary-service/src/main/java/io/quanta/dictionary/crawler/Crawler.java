package io.quanta.dictionary.crawler;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
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
 * Crawls the quanta that are due. One replica crawls at a time (it holds the {@link CrawlLease}); each round
 * reads the due registry entries (next crawl time passed), crawls them with bounded concurrency, and writes
 * the results in batches, each document only over the version read (a quantum re-announced or deleted
 * meanwhile is noticed, not overwritten). Every state lives in the index: the due time, the failure count
 * and the backoff are fields of the quantum's document; the holder only remembers which quanta it is
 * crawling right now. A round that finds Elasticsearch down waits and tries again; the quanta that came due
 * meanwhile are crawled when it is back.
 */
public final class Crawler {

  private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
  /** Quanta taken per round; a full round is followed by another at once. */
  static final int ROUND_SIZE = 500;
  /** Results written per bulk request (each with its quantum and contract documents: 500 documents, two per round). */
  static final int WRITE_BATCH = 250;
  static final long IDLE_MILLIS = 1_000;
  /** How long the crawling replica holds the lease; another takes over this long after it died. */
  static final Duration LEASE = Duration.ofSeconds(30);

  private final Context context;
  private final Es es;
  private final String quanta;
  private final CrawlJob job;
  private final WriteQueue writes;
  private final String contractsAlias;
  private final int concurrency;
  private final CrawlLease lease;
  private final BacklogRefresh backlog;
  private final Consumer<CrawlResult> observer;

  // Touched on the crawler's context only.
  private boolean running;
  private boolean again;
  private boolean stopped;
  private long timer = -1;
  private Boolean indexUp;
  private Promise<Void> idle;
  /** The next round's due quanta, asked for while a full round is crawled; null when not asked. */
  private Future<List<Hit<ObjectNode>>> nextDue;

  Crawler(Context context, Es es, String quantaAlias, String contractsAlias, CrawlJob job, CrawlWriter writer,
      int concurrency, CrawlLease lease, Consumer<CrawlResult> observer) {
    this.context = context;
    this.es = es;
    this.quanta = quantaAlias;
    this.contractsAlias = contractsAlias;
    this.job = job;
    this.backlog = new BacklogRefresh(es, quantaAlias, contractsAlias);
    this.writes = new WriteQueue(context, writer, e -> reportIndex(false, e), backlog::on);
    this.concurrency = concurrency;
    this.lease = lease;
    this.observer = observer;
  }

  /** Starts the rounds, with the indices' default refresh (whatever a crawler stopped mid-backlog left). */
  public void start() {
    context.runOnContext(v -> backlog.reset().onComplete(done -> {
      if (done.failed()) {
        LOG.debug("could not reset the indices' refresh interval: {}", done.cause().toString());
      }
      schedule(0);
    }));
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

  /** Stops starting rounds; completes once the running round (if any) has crawled and written its results. */
  public Future<Void> stop() {
    Promise<Void> stoppedPromise = Promise.promise();
    context.runOnContext(v -> {
      stopped = true;
      if (timer >= 0) {
        context.owner().cancelTimer(timer);
      }
      Promise<Void> roundDone = Promise.promise();
      if (running) {
        idle = roundDone;
      } else {
        roundDone.complete();
      }
      roundDone.future().compose(x -> writes.drain()).compose(x -> backlog.end().recover(e -> Future.succeededFuture()))
          .compose(x -> lease.release())
          .onComplete(x -> stoppedPromise.complete());
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
    long started = System.nanoTime();
    long[] due = new long[1];
    Future<List<Hit<ObjectNode>>> prefetched = nextDue;
    nextDue = null;
    lease.hold().compose(leader -> !leader ? Future.succeededFuture(-1)
        : (prefetched != null ? prefetched : due()).compose(hits -> {
          due[0] = System.nanoTime();
          if (hits.size() >= ROUND_SIZE) {
            backlog.begin(hits.size());
          }
          return crawl(hits);
        }).compose(this::endBacklog)).onComplete(result -> {
      if (result.succeeded() && result.result() > 0) {
        long end = System.nanoTime();
        String line = "crawled {} quanta in {} ms (due {} ms, crawl {} ms; {} result batches being written)";
        Object[] values = {result.result(), (end - started) / 1_000_000, (due[0] - started) / 1_000_000,
            (end - due[0]) / 1_000_000, writes.pending()};
        if (result.result() >= 50) {
          LOG.info(line, values);
        } else {
          LOG.debug(line, values);
        }
      }
      running = false;
      if (idle != null) {
        idle.complete();
        return;
      }
      if (result.failed() || result.result() < 0) {
        nextDue = null;
      }
      if (result.failed()) {
        reportIndex(false, result.cause());
        schedule(5_000);
      } else if (result.result() < 0) {
        // Another replica crawls; look again in case it went away.
        schedule(5_000);
      } else {
        reportIndex(true, null);
        schedule(result.result() >= ROUND_SIZE || again ? 0 : IDLE_MILLIS);
      }
    });
  }

  /** After the round that is no longer full: everything written, the default refresh back, all searchable. */
  private Future<Integer> endBacklog(int crawled) {
    if (!backlog.on() || crawled >= ROUND_SIZE) {
      return Future.succeededFuture(crawled);
    }
    return writes.drain().compose(v -> backlog.end()).map(v -> {
      writes.refreshed();
      return crawled;
    });
  }

  /** The quanta due now, those this replica is crawling or writing left out; only the registry facts are read. */
  private Future<List<Hit<ObjectNode>>> due() {
    String now = Instant.now().toString();
    List<String> busy = writes.busy();
    return es.call(c -> c.search(r -> r.index(quanta).size(ROUND_SIZE).seqNoPrimaryTerm(true)
        .query(q -> q.bool(b -> b
            .should(s -> s.range(g -> g.date(d -> d.field("crawl.nextCrawlAt").lte(now))))
            .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("crawl.nextCrawlAt")))))
            .minimumShouldMatch("1")
            .mustNot(m -> m.ids(i -> i.values(busy)))))
        .sort(s -> s.field(f -> f.field("crawl.nextCrawlAt").order(SortOrder.Asc).missing("_first")))
        .source(s -> s.filter(f -> f.includes("id", "url", "health", "crawl"))), ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> response.hits().hits().stream()
            .filter(h -> h.source() != null).toList());
  }

  /**
   * Crawls the due quanta; results are written in batches as they come, and the next round may start while
   * the last batches are written (at most {@value WriteQueue#MAX_WRITES} batches in flight), so fetching and
   * indexing overlap. When this round is full, the next one's due quanta are asked for while it is crawled.
   */
  private Future<Integer> crawl(List<Hit<ObjectNode>> hits) {
    if (hits.isEmpty()) {
      return Future.succeededFuture(0);
    }
    List<Claim> claims = new ArrayList<>();
    for (Hit<ObjectNode> hit : hits) {
      claims.add(new Claim(hit.id(), hit.source().path("url").asText(), hit.source(), hit.seqNo(), hit.primaryTerm()));
      writes.busy(hit.id());
    }
    if (hits.size() >= ROUND_SIZE && !stopped) {
      // A backlog: the next round's quanta (these ones left out, being busy) are asked for now, while these are
      // crawled, so that the next round starts crawling at once.
      nextDue = due();
    }
    ParentLoader loader = new ParentLoader(es, contractsAlias);
    List<CrawlResult> pending = new ArrayList<>();
    return Bounded.run(claims, concurrency, claim -> job.run(claim, loader), result -> {
      observer.accept(result);
      pending.add(result);
      if (pending.size() >= WRITE_BATCH) {
        writes.submit(new ArrayList<>(pending));
        pending.clear();
      }
    }).compose(v -> {
      writes.submit(new ArrayList<>(pending));
      return writes.room();
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
