package io.quanta.runtime.registry;

import io.quanta.runtime.config.QuantumConfig.DictionaryConfig;
import io.quanta.runtime.config.Secret;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the dictionary this quantum exists: {@code POST {dictionary}/api/quanta} with
 * {@code {"url": <public URL>, "id": <quantum id>}} (and {@code Authorization: Bearer <dictionary.token>}
 * when one is set) at start, then every {@code heartbeatSeconds}. A dictionary that cannot be reached is
 * retried with capped, jittered exponential backoff; that is logged once when it goes away and once when
 * it comes back, never per attempt, and never stops or slows the quantum.
 */
public final class DictionaryAnnouncer {

  /** Where quanta announce themselves, relative to the dictionary's base URL. */
  public static final String PATH = "/api/quanta";
  static final long TIMEOUT_MILLIS = 5_000;
  private static final Logger LOG = LoggerFactory.getLogger(DictionaryAnnouncer.class);

  private final Context context;
  private final WebClient client;
  private final String endpoint;
  private final String shownEndpoint;
  private final JsonObject body;
  private final Secret token;
  private final long heartbeatMillis;
  private final Backoff backoff;

  // Only touched on the announcer's context.
  private long timer = -1;
  private boolean stopped;
  private int failures;
  private Boolean reachable;

  public DictionaryAnnouncer(Vertx vertx, DictionaryConfig dictionary, String id, String publicUrl, Backoff backoff) {
    this.context = vertx.getOrCreateContext();
    this.client = WebClient.create(vertx);
    this.endpoint = dictionary.url() + PATH;
    this.shownEndpoint = masked(endpoint);
    this.body = new JsonObject().put("url", publicUrl).put("id", id);
    this.token = dictionary.token();
    this.heartbeatMillis = dictionary.heartbeatSeconds() * 1000L;
    this.backoff = backoff;
  }

  /** Starts announcing with the default backoff: from 1 s, doubling up to the heartbeat interval. */
  public static DictionaryAnnouncer start(Vertx vertx, DictionaryConfig dictionary, String id, String publicUrl) {
    long heartbeat = dictionary.heartbeatSeconds() * 1000L;
    Backoff backoff = Backoff.of(Math.min(1_000, heartbeat), heartbeat);
    return new DictionaryAnnouncer(vertx, dictionary, id, publicUrl, backoff).start();
  }

  /** Sends the first announcement now, without waiting for it. */
  public DictionaryAnnouncer start() {
    context.runOnContext(v -> announce());
    return this;
  }

  /** Stops the heartbeats; an announcement in flight is let go. */
  public Future<Void> stop() {
    Promise<Void> done = Promise.promise();
    context.runOnContext(v -> {
      stopped = true;
      if (timer >= 0) {
        context.owner().cancelTimer(timer);
      }
      client.close();
      done.complete();
    });
    return done.future();
  }

  private void announce() {
    if (stopped) {
      return;
    }
    var request = client.postAbs(endpoint).connectTimeout(TIMEOUT_MILLIS).timeout(TIMEOUT_MILLIS);
    if (token != null) {
      request.bearerTokenAuthentication(token.value());
    }
    request.sendJsonObject(body).onComplete(result -> {
      if (stopped) {
        return;
      }
      if (result.succeeded() && result.result().statusCode() / 100 == 2) {
        succeeded();
      } else {
        failed(result.succeeded() ? reason(result.result()) : reason(result.cause()));
      }
    });
  }

  private void succeeded() {
    if (reachable == null) {
      LOG.info("announced {} to the dictionary at {}; heartbeat every {} s", body.getString("url"), shownEndpoint,
          heartbeatMillis / 1000);
    } else if (!reachable) {
      LOG.info("the dictionary at {} is reachable again after {} failed attempts; announced {}", shownEndpoint,
          failures, body.getString("url"));
    }
    reachable = true;
    failures = 0;
    schedule(heartbeatMillis);
  }

  private void failed(String reason) {
    failures++;
    if (reachable == null || reachable) {
      LOG.warn("cannot announce to the dictionary at {} ({}); retrying with backoff, the quantum keeps serving",
          shownEndpoint, reason);
    }
    reachable = false;
    schedule(backoff.delayMillis(failures));
  }

  private void schedule(long delay) {
    timer = context.owner().setTimer(delay, id -> announce());
  }

  /** Credentials written into the URL ({@code https://user:pass@host}) stay out of the logs. */
  private static String masked(String text) {
    return text.replaceAll("//[^/@\\s]*@", "//****@");
  }

  private static String reason(Throwable failure) {
    return masked(failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName());
  }

  private static String reason(HttpResponse<Buffer> response) {
    return "HTTP " + response.statusCode() + (response.statusMessage() == null ? "" : " " + response.statusMessage());
  }
}
