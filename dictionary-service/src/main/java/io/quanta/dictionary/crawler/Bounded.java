package io.quanta.dictionary.crawler;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a task per item with at most {@code limit} in flight, handing each result over as it completes.
 * Call on one Vert.x context; tasks must not fail (a failed one is skipped).
 */
final class Bounded<T, R> {

  private final Iterator<T> items;
  private final Function<T, Future<R>> task;
  private final Consumer<R> onResult;
  private final Promise<Void> done = Promise.promise();
  private int running;

  private Bounded(List<T> items, Function<T, Future<R>> task, Consumer<R> onResult) {
    this.items = items.iterator();
    this.task = task;
    this.onResult = onResult;
  }

  static <T, R> Future<Void> run(List<T> items, int limit, Function<T, Future<R>> task, Consumer<R> onResult) {
    Bounded<T, R> bounded = new Bounded<>(items, task, onResult);
    for (int i = 0; i < limit; i++) {
      bounded.next();
    }
    if (bounded.running == 0) {
      bounded.done.tryComplete();
    }
    return bounded.done.future();
  }

  private void next() {
    if (!items.hasNext()) {
      return;
    }
    T item = items.next();
    running++;
    Future<R> future;
    try {
      future = task.apply(item);
    } catch (RuntimeException e) {
      future = Future.failedFuture(e);
    }
    future.onComplete(result -> {
      running--;
      if (result.succeeded()) {
        onResult.accept(result.result());
      }
      next();
      if (running == 0 && !items.hasNext()) {
        done.tryComplete();
      }
    });
  }
}
