package io.quanta.runtime.pipeline;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP proxy in front of an upstream quantum that can misbehave the way networks do: refuse every
 * request (the connection is closed at once), or cut data responses off after some bytes.
 */
final class FaultyProxy implements AutoCloseable {

  /** How the proxy behaves. */
  enum Mode { PASS, REFUSE, CUT }

  private final Vertx vertx = Vertx.vertx();
  private final HttpClient client = vertx.createHttpClient();
  private final HttpServer server;
  private final String target;
  private volatile Mode mode = Mode.PASS;
  private volatile long cutAfter = 64 * 1024;

  FaultyProxy(String targetBase) {
    this.target = targetBase;
    server = vertx.createHttpServer().requestHandler(this::handle).listen(0).await();
  }

  FaultyProxy mode(Mode next) {
    this.mode = next;
    return this;
  }

  FaultyProxy cutAfter(long bytes) {
    this.cutAfter = bytes;
    return this;
  }

  String url() {
    return "http://localhost:" + server.actualPort();
  }

  private void handle(HttpServerRequest request) {
    Mode now = mode;
    if (now == Mode.REFUSE) {
      request.connection().close();
      return;
    }
    boolean cut = now == Mode.CUT && request.path().startsWith("/data/");
    RequestOptions options = new RequestOptions().setAbsoluteURI(target + request.uri()).setMethod(request.method());
    request.headers().forEach((k, v) -> {
      if (!k.equalsIgnoreCase("Host")) {
        options.addHeader(k, v);
      }
    });
    client.request(options).compose(out -> out.send()).onSuccess(answer -> {
      var response = request.response().setStatusCode(answer.statusCode()).setChunked(true);
      answer.headers().forEach((k, v) -> {
        if (!k.equalsIgnoreCase("Content-Length") && !k.equalsIgnoreCase("Transfer-Encoding")) {
          response.putHeader(k, v);
        }
      });
      AtomicLong sent = new AtomicLong();
      answer.handler(chunk -> {
        if (!cut) {
          response.write(chunk);
          return;
        }
        long room = cutAfter - sent.get();
        if (room <= 0) {
          return;
        }
        Buffer part = chunk.length() <= room ? chunk : chunk.getBuffer(0, (int) room);
        sent.addAndGet(part.length());
        response.write(part);
        if (sent.get() >= cutAfter) {
          request.connection().close();
        }
      });
      answer.endHandler(v -> {
        if (!cut || sent.get() < cutAfter) {
          response.end();
        }
      });
    }).onFailure(e -> request.connection().close());
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}
