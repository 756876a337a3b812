package io.quanta.runtime.auth;

import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.NoSuchKeyIdException;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signing keys published at a JWKS URL, fetched on first use and cached. A token signed with a key id
 * the cache does not know triggers one refresh (so key rotation needs no restart), but refreshes are at
 * least {@code minRefresh} apart and only one is ever in flight, so random key ids cannot hammer the
 * identity provider. The cache holds at most {@value #MAX_KEYS} keys and is replaced, never grown.
 */
final class JwksKeys {

  static final int MAX_KEYS = 64;
  private static final Logger LOG = LoggerFactory.getLogger(JwksKeys.class);

  private record Keyset(JWTAuth auth, int size, Instant fetchedAt) {
  }

  private final Vertx vertx;
  private final WebClient client;
  private final String url;
  private final JWTOptions options;
  private final Duration minRefresh;
  private final Duration maxAge;
  private volatile Keyset current;
  private Instant lastAttempt = Instant.EPOCH;
  private Future<Keyset> inflight;

  JwksKeys(Vertx vertx, String url, JWTOptions options, Duration minRefresh, Duration maxAge) {
    this.vertx = vertx;
    this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(5_000).setIdleTimeout(10)
        .setUserAgent("quanta-quantum"));
    this.url = url;
    this.options = options;
    this.minRefresh = minRefresh;
    this.maxAge = maxAge;
  }

  /** Verifies the token against the published keys. */
  Future<User> authenticate(String token) {
    Keyset keys = current;
    if (keys == null || keys.fetchedAt().plus(maxAge).isBefore(Instant.now())) {
      return refresh().compose(fresh -> fresh.auth().authenticate(new TokenCredentials(token)));
    }
    return keys.auth().authenticate(new TokenCredentials(token)).recover(e -> e instanceof NoSuchKeyIdException
        ? refresh().compose(fresh -> fresh.auth().authenticate(new TokenCredentials(token)))
        : Future.failedFuture(e));
  }

  /** The current keys, refreshed when allowed; stale keys are kept when the provider cannot be reached. */
  private synchronized Future<Keyset> refresh() {
    if (inflight != null) {
      return inflight;
    }
    Keyset keys = current;
    Instant now = Instant.now();
    if (keys != null && lastAttempt.plus(minRefresh).isAfter(now)) {
      return Future.succeededFuture(keys);
    }
    lastAttempt = now;
    Future<Keyset> fetch = fetch().recover(e -> {
      LOG.warn("cannot fetch the JWKS at {}: {}", url, e.getMessage());
      return keys != null ? Future.succeededFuture(keys) : Future.failedFuture(Problem.unavailable("jwks-unavailable",
          "The keys that verify tokens cannot be fetched right now; retry shortly.", 10));
    });
    inflight = fetch;
    fetch.onComplete(done -> {
      synchronized (this) {
        inflight = null;
      }
    });
    return fetch;
  }

  private Future<Keyset> fetch() {
    return client.getAbs(url).timeout(5_000).send().compose(response -> {
      if (response.statusCode() != 200) {
        return Future.failedFuture("HTTP " + response.statusCode());
      }
      JsonArray keys = response.bodyAsJsonObject().getJsonArray("keys");
      if (keys == null) {
        return Future.failedFuture("no 'keys' array");
      }
      List<JsonObject> usable = new ArrayList<>();
      for (Object key : keys) {
        if (key instanceof JsonObject jwk && usable.size() < MAX_KEYS && !"enc".equals(jwk.getString("use"))) {
          usable.add(jwk);
        }
      }
      JWTAuth auth = JWTAuth.create(vertx, new JWTAuthOptions().setJwks(usable).setJWTOptions(options));
      Keyset fresh = new Keyset(auth, usable.size(), Instant.now());
      current = fresh;
      LOG.info("fetched {} signing keys from {}", fresh.size(), url);
      return Future.succeededFuture(fresh);
    });
  }
}
