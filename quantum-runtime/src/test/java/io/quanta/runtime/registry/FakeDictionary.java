package io.quanta.runtime.registry;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A stand-in for the dictionary service: a real HTTP server that records every announcement. */
final class FakeDictionary implements AutoCloseable {

  /** One request as the dictionary saw it. */
  record Announcement(String method, String path, String authorization, JsonObject body) {
  }

  private final Vertx vertx = Vertx.vertx();
  private final BlockingQueue<Announcement> received = new LinkedBlockingQueue<>();
  private final HttpServer server;
  private volatile int status = 204;

  private FakeDictionary(int port) {
    server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
      received.add(new Announcement(request.method().name(), request.path(), request.getHeader("Authorization"),
          body.length() == 0 ? null : body.toJsonObject()));
      request.response().setStatusCode(status).end();
    })).listen(port).await();
  }

  /** Listens on {@code port} (0 for any free port). */
  static FakeDictionary start(int port) {
    return new FakeDictionary(port);
  }

  /** From now on answers announcements with this status (204 by default). */
  FakeDictionary answer(int status) {
    this.status = status;
    return this;
  }

  String url() {
    return "http://localhost:" + server.actualPort();
  }

  /** The next announcement, or null if none arrives within the time. */
  Announcement next(long seconds) throws InterruptedException {
    return received.poll(seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}
