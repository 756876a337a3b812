package io.quanta.dictionary.crawler;

import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The crawl results being written, across rounds: at most {@value #MAX_WRITES} batches at once, and the ids of
 * the quanta being crawled or written, kept a little past their write because searches see a write only after
 * the next refresh, so that the next round does not find them due again. Used on the crawler's context only.
 */
final class WriteQueue {

  static final int MAX_WRITES = 4;
  static final long REFRESH_GRACE_MILLIS = 2_000;

  private final Context context;
  private final CrawlWriter writer;
  private final Consumer<Throwable> onFailure;
  private final List<Future<Void>> writes = new ArrayList<>();
  private final Set<String> busy = new HashSet<>();

  WriteQueue(Context context, CrawlWriter writer, Consumer<Throwable> onFailure) {
    this.context = context;
    this.writer = writer;
    this.onFailure = onFailure;
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
      context.owner().setTimer(REFRESH_GRACE_MILLIS, t -> batch.forEach(r -> busy.remove(r.claim().id())));
      if (done.failed()) {
        onFailure.accept(done.cause());
      }
    });
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
