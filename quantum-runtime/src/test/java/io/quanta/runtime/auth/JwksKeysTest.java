package io.quanta.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.runtime.http.Problem;
import io.quanta.runtime.testing.TestTokens;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JwksKeysTest {

  static final KeyPair FIRST = TestTokens.rsaKeyPair();
  static final KeyPair SECOND = TestTokens.rsaKeyPair();

  Vertx vertx;
  HttpServer server;
  final List<JsonObject> published = new CopyOnWriteArrayList<>();
  final AtomicInteger fetches = new AtomicInteger();
  volatile int status = 200;

  @BeforeEach
  void serveJwks() {
    vertx = Vertx.vertx();
    server = vertx.createHttpServer().requestHandler(request -> {
      fetches.incrementAndGet();
      request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("keys", new JsonArray(List.copyOf(published))).encode());
    }).listen(0).await();
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  JwksKeys keys(Duration minRefresh) {
    return new JwksKeys(vertx, "http://localhost:" + server.actualPort() + "/jwks", new JWTOptions(), minRefresh,
        Duration.ofMinutes(15));
  }

  String subject(JwksKeys keys, KeyPair pair, String kid) {
    return keys.authenticate(TestTokens.rs256(pair.getPrivate(), kid, TestTokens.claims("bob")))
        .await().attributes().getJsonObject("accessToken").getString("sub");
  }

  @Test
  void fetches_keys_on_first_use_and_caches_them() {
    published.add(TestTokens.jwk(FIRST, "k1"));
    JwksKeys keys = keys(Duration.ofMinutes(1));

    assertThat(subject(keys, FIRST, "k1")).isEqualTo("bob");
    assertThat(subject(keys, FIRST, "k1")).isEqualTo("bob");
    assertThat(fetches).hasValue(1);
  }

  @Test
  void refreshes_on_an_unknown_key_id_so_rotation_needs_no_restart() {
    published.add(TestTokens.jwk(FIRST, "k1"));
    JwksKeys keys = keys(Duration.ZERO);
    assertThat(subject(keys, FIRST, "k1")).isEqualTo("bob");

    published.add(TestTokens.jwk(SECOND, "k2"));

    assertThat(subject(keys, SECOND, "k2")).isEqualTo("bob");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void refreshes_at_most_once_per_interval_whatever_key_ids_are_sent() {
    published.add(TestTokens.jwk(FIRST, "k1"));
    JwksKeys keys = keys(Duration.ofMinutes(1));
    subject(keys, FIRST, "k1");

    for (int i = 0; i < 5; i++) {
      String kid = "random-" + i;
      assertThatThrownBy(() -> subject(keys, SECOND, kid)).isNotInstanceOf(Problem.class);
    }

    assertThat(fetches).hasValue(1);
  }

  @Test
  void answers_503_when_the_keys_were_never_fetched_and_the_provider_is_down() {
    status = 500;
    JwksKeys keys = keys(Duration.ZERO);

    assertThatThrownBy(() -> subject(keys, FIRST, "k1"))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(503));
  }

  @Test
  void keeps_the_last_keys_when_the_provider_goes_down() {
    published.add(TestTokens.jwk(FIRST, "k1"));
    JwksKeys keys = keys(Duration.ZERO);
    subject(keys, FIRST, "k1");
    status = 500;

    assertThatThrownBy(() -> subject(keys, SECOND, "k2")).isNotInstanceOf(Problem.class);
    assertThat(subject(keys, FIRST, "k1")).isEqualTo("bob");
  }
}
