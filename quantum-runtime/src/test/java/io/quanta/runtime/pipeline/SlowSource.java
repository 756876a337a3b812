package io.quanta.runtime.pipeline;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A CSV file served over real HTTP ({@code GET /people.csv}, rows {@code id,name}) that can hold its
 * response after some rows until released, so a test can catch a run in the middle of staging.
 */
final class SlowSource implements AutoCloseable {

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private volatile int rows;
  private volatile int holdAfter = -1;
  private final AtomicReference<Promise<Void>> gate = new AtomicReference<>(Promise.promise());

  SlowSource(int rows) {
    this.rows = rows;
    server = vertx.createHttpServer().requestHandler(request -> {
      HttpServerResponse response = request.response().setChunked(true).putHeader("Content-Type", "text/csv");
      int total = this.rows;
      int hold = holdAfter;
      response.write("id,name\n");
      response.write(rows(0, hold < 0 ? total : Math.min(hold, total)));
      if (hold < 0 || hold >= total) {
        response.end();
        return;
      }
      gate.get().future().onComplete(v -> response.end(rows(hold, total)));
    }).listen(0).await();
  }

  private static String rows(int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      out.append(i).append(",person ").append(i).append('\n');
    }
    return out.toString();
  }

  /** Serves this many rows from now on. */
  SlowSource rows(int count) {
    this.rows = count;
    return this;
  }

  /** Holds responses after this many rows until {@link #release()}. */
  SlowSource holdAfter(int count) {
    this.holdAfter = count;
    this.gate.set(Promise.promise());
    return this;
  }

  /** Lets held responses finish; later ones are not held. */
  void release() {
    holdAfter = -1;
    vertx.runOnContext(v -> gate.get().tryComplete());
  }

  String url() {
    return "http://localhost:" + server.actualPort() + "/people.csv";
  }

  @Override
  public void close() {
    release();
    vertx.close().await();
  }
}
