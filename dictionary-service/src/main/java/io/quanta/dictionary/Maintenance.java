package io.quanta.dictionary;

import io.quanta.dictionary.es.IndexUnavailableException;
import io.quanta.dictionary.index.IndexMigrator;
import io.quanta.dictionary.index.Indices;
import io.quanta.dictionary.registry.Announcement;
import io.quanta.dictionary.registry.Registry;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dictionary's periodic chores, each on its own timer and never overlapping itself: make the indices
 * exist (retried until Elasticsearch answers), replay the spool, register the seed URLs not registered yet,
 * and re-resolve contracts whose missing parents have arrived.
 */
final class Maintenance {

  private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);

  private final Context context;
  private final List<Long> timers = new ArrayList<>();
  private volatile boolean stopped;
  private volatile boolean indicesReady;

  Maintenance(Context context) {
    this.context = context;
  }

  /**
   * Creates or migrates the indices now, then every 5 s until it succeeds; {@code then} runs once they exist.
   * The future completes after the first attempt, whatever its outcome, so start-up waits for the indices
   * when Elasticsearch is there and does not when it is not.
   */
  Future<Void> ensureIndices(IndexMigrator migrator, Indices indices, Runnable then) {
    io.vertx.core.Promise<Void> first = io.vertx.core.Promise.promise();
    every(5_000, () -> {
      if (indicesReady) {
        return Future.succeededFuture();
      }
      Future<Void> all = Future.succeededFuture();
      for (var definition : indices.all()) {
        all = all.compose(v -> migrator.ensure(definition));
      }
      return all.onSuccess(v -> {
        indicesReady = true;
        then.run();
      }).onFailure(e -> LOG.warn("the indices are not in place yet ({}); retrying in 5 s",
          IndexUnavailableException.isUnavailable(e) ? "Elasticsearch cannot be reached" : e.toString()))
          .onComplete(done -> first.tryComplete());
    }, true);
    return first.future();
  }

  /** Registers the seed URLs that no quantum has announced yet. */
  void seeds(List<String> urls, Registry registry, long periodMillis) {
    if (urls.isEmpty()) {
      return;
    }
    every(periodMillis, () -> !indicesReady ? Future.succeededFuture() : registry.knownUrls(urls).compose(known -> {
      List<Future<?>> all = new ArrayList<>();
      urls.stream().filter(u -> !known.contains(u)).forEach(u -> all.add(registry.announce(new Announcement(u, null,
          true)).onFailure(e -> LOG.info("seed {} is not registered yet: {}", u, e.getMessage()))));
      return Future.join(all);
    }), true);
  }

  /** Runs {@code chore} every {@code periodMillis} (and at once when {@code now}), never two at a time. */
  void every(long periodMillis, Supplier<Future<?>> chore, boolean now) {
    boolean[] running = {false};
    Runnable tick = () -> {
      if (stopped || running[0]) {
        return;
      }
      running[0] = true;
      Future<?> future;
      try {
        future = chore.get();
      } catch (RuntimeException e) {
        future = Future.failedFuture(e);
      }
      future.onComplete(done -> running[0] = false);
    };
    context.runOnContext(v -> {
      if (now) {
        tick.run();
      }
      timers.add(context.owner().setPeriodic(periodMillis, id -> tick.run()));
    });
  }

  boolean indicesReady() {
    return indicesReady;
  }

  void stop() {
    stopped = true;
    context.runOnContext(v -> timers.forEach(context.owner()::cancelTimer));
  }
}
