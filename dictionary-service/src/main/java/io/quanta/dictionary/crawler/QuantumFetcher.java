package io.quanta.dictionary.crawler;

import io.quanta.runtime.config.Secret;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.ConnectException;
import java.net.UnknownHostException;

/**
 * GETs one URL of a quantum with a hard deadline for the whole exchange (a quantum that drips bytes is cut
 * off like one that never answers) and a cap on the body size, so no quantum can hold the crawler or fill
 * its memory. Never fails: every outcome is a {@link Fetched}.
 */
public final class QuantumFetcher {

  private final Vertx vertx;
  private final HttpClient client;
  private final long timeoutMillis;
  private final int maxBytes;
  private final Secret token;

  public QuantumFetcher(Vertx vertx, int concurrency, long timeoutMillis, int maxBytes, Secret token) {
    this.vertx = vertx;
    this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeoutMillis)
        .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(Math.max(8, concurrency * 2)));
    this.timeoutMillis = timeoutMillis;
    this.maxBytes = maxBytes;
    this.token = token;
  }

  /** GETs {@code base + path} asking for {@code accept}. */
  public Future<Fetched> get(String base, String path, String accept) {
    Promise<Fetched> promise = Promise.promise();
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(base + path)
        .setConnectTimeout(timeoutMillis).setIdleTimeout(timeoutMillis).putHeader("Accept", accept);
    if (token != null) {
      options.putHeader("Authorization", "Bearer " + token.value());
    }
    long[] timer = {-1};
    timer[0] = vertx.setTimer(timeoutMillis, id -> promise.tryComplete(
        Fetched.failed(path, "timeout: no complete answer within " + timeoutMillis / 1000.0 + " s")));
    client.request(options).onSuccess(request -> {
      promise.future().onComplete(done -> {
        if (done.result().failure() != null) {
          request.reset();
        }
      });
      request.send().onSuccess(response -> {
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
          if (body.length() + chunk.length() > maxBytes) {
            promise.tryComplete(Fetched.failed(path, "too-large: " + path + " is larger than " + maxBytes / 1024 + " KB"));
          } else {
            body.appendBuffer(chunk);
          }
        });
        response.exceptionHandler(e -> promise.tryComplete(Fetched.failed(path, reason(e))));
        response.endHandler(v -> promise.tryComplete(new Fetched(path, response.statusCode(), body.getBytes(), null)));
      }).onFailure(e -> promise.tryComplete(Fetched.failed(path, reason(e))));
    }).onFailure(e -> promise.tryComplete(Fetched.failed(path, reason(e))));
    return promise.future().onComplete(done -> vertx.cancelTimer(timer[0]));
  }

  /** Closes the connections. */
  public Future<Void> close() {
    return client.close();
  }

  private static String reason(Throwable e) {
    if (e instanceof ConnectException || (e.getMessage() != null && e.getMessage().contains("Connection refused"))) {
      return "connection-refused";
    }
    if (e instanceof UnknownHostException || e.getCause() instanceof UnknownHostException) {
      return "unreachable: unknown host";
    }
    if (e instanceof java.util.concurrent.TimeoutException || e.getClass().getSimpleName().contains("Timeout")) {
      return "timeout: " + e.getMessage();
    }
    return "unreachable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }
}
