package io.quanta.dictionary.crawler;

import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The crawl results being written, across rounds: at most {@value #MAX_WRITES} batches at once, and the ids of
 * the quanta being crawled or written. An id stays taken a little past its write, because searches see a write
 * only after the next refresh, so that the next round does not find it due again: {@value #REFRESH_GRACE_MILLIS}
 * ms normally, and while a backlog slows refreshes down, until the refresh that ends it ({@link #refreshed()}).
 * Used on the crawler's context only.
 */
final class WriteQueue {

  static final int MAX_WRITES = 4;
  static final long REFRESH_GRACE_MILLIS = 2_000;

  private final Context context;
  private final CrawlWriter writer;
  private final Consumer<Throwable> onFailure;
  private final BooleanSupplier slowRefresh;
  private final List<Future<Void>> writes = new ArrayList<>();
  private final Set<String> busy = new HashSet<>();
  /** Ids written and not yet known to be searchable, with the write that wrote them. */
  private final Map<String, Long> written = new HashMap<>();
  private long sequence;

  WriteQueue(Context context, CrawlWriter writer, Consumer<Throwable> onFailure, BooleanSupplier slowRefresh) {
    this.context = context;
    this.writer = writer;
    this.onFailure = onFailure;
    this.slowRefresh = slowRefresh;
  }

  /** Marks a quantum as taken by this replica. */
  void busy(String id) {
    busy.add(id);
  }

  /** The quanta taken, to leave out of the next round. */
  List<String> busy() {
    return List.copyOf(busy);
  }

  int pending() {
    return writes.size();
  }

  /** Writes a batch; its quanta stay taken until it is written (or failed) and a refresh has passed. */
  void submit(List<CrawlResult> batch) {
    Future<Void> write = writer.write(batch);
    writes.add(write);
    write.onComplete(done -> {
      writes.remove(write);
      long token = ++sequence;
      batch.forEach(r -> written.put(r.claim().id(), token));
      context.owner().setTimer(REFRESH_GRACE_MILLIS, t -> {
        if (!slowRefresh.getAsBoolean()) {
          batch.forEach(r -> release(r.claim().id(), token));
        }
      });
      if (done.failed()) {
        onFailure.accept(done.cause());
      }
    });
  }

  /** A refresh has made every completed write searchable: their quanta are free again. */
  void refreshed() {
    written.keySet().forEach(busy::remove);
    written.clear();
  }

  private void release(String id, long token) {
    if (written.remove(id, token)) {
      busy.remove(id);
    }
  }

  /** Completes at once, or, with {@value #MAX_WRITES} batches being written, once they are. */
  Future<Void> room() {
    return writes.size() < MAX_WRITES ? Future.succeededFuture()
        : Future.join(new ArrayList<>(writes)).<Void>mapEmpty().recover(e -> Future.succeededFuture());
  }

  /** Completes once every batch being written is. */
  Future<Void> drain() {
    return Future.join(new ArrayList<>(writes)).<Void>mapEmpty().recover(e -> Future.succeededFuture());
  }
}
