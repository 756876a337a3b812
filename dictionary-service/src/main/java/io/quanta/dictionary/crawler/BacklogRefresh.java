package io.quanta.dictionary.crawler;

import io.quanta.dictionary.es.Es;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch's advice for bulk loads, applied to a crawl backlog (the first crawl of a large mesh, or a
 * mesh that comes back after an outage): while rounds come back full, the quanta and contracts indices
 * refresh every {@value #BACKLOG_INTERVAL} instead of every second, so that the documents are flushed in few,
 * large segments rather than many small ones that must then be merged; once the backlog is crawled, the
 * default comes back and one refresh makes everything searchable at once. The usual trickle of due quanta
 * never switches it on. A dictionary that stopped mid-backlog puts the default back when it starts.
 */
final class BacklogRefresh {

  private static final Logger LOG = LoggerFactory.getLogger(BacklogRefresh.class);
  static final String BACKLOG_INTERVAL = "5s";

  private final Es es;
  private final String indices;
  // Touched on the crawler's context only.
  private boolean on;
  /** The switch to the backlog interval, which the switch back waits for, so that the two cannot cross. */
  private Future<Void> switched = Future.succeededFuture();

  BacklogRefresh(Es es, String quantaAlias, String contractsAlias) {
    this.es = es;
    this.indices = quantaAlias + "," + contractsAlias;
  }

  boolean on() {
    return on;
  }

  /**
   * Switches to the backlog interval (once), without holding up the crawl: the setting applies while the first
   * round is fetched. Should it fail, {@link #end()} puts the default back all the same.
   */
  void begin(int due) {
    if (on) {
      return;
    }
    on = true;
    switched = interval("\"" + BACKLOG_INTERVAL + "\"").onComplete(done -> {
      if (done.succeeded()) {
        LOG.info("a crawl backlog ({}+ quanta due): indices refresh every {} until it is crawled", due, BACKLOG_INTERVAL);
      } else {
        LOG.debug("could not slow the refreshes down for a crawl backlog: {}", done.cause().toString());
      }
    });
  }

  /**
   * Refreshes, so that the whole backlog is searchable now, then puts the default interval back (after the
   * switch to the backlog interval, so that the two cannot cross).
   */
  Future<Void> end() {
    if (!on) {
      return Future.succeededFuture();
    }
    return es.perform("POST", "/" + indices + "/_refresh", null)
        .compose(body -> switched.<Void>transform(done -> interval("null"))).map(v -> {
          on = false;
          LOG.info("crawl backlog done: all crawled quanta searchable, indices back to the default refresh");
          return null;
        });
  }

  /** At start: the default interval, whatever a replica that stopped mid-backlog left. */
  Future<Void> reset() {
    return interval("null").onSuccess(v -> on = false);
  }

  private Future<Void> interval(String value) {
    return es.perform("PUT", "/" + indices + "/_settings", "{\"index\":{\"refresh_interval\":" + value + "}}")
        .mapEmpty();
  }
}
