package io.quanta.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.AccessFixture;
import io.quanta.runtime.testing.TestQuantum;
import io.quanta.runtime.testing.TestTokens;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RS256 tokens verified with keys from a JWKS URL, served here by a small Vert.x server. */
class JwksIT {

  static final KeyPair KEY = TestTokens.rsaKeyPair();
  static final KeyPair OTHER = TestTokens.rsaKeyPair();
  static final String ISSUER = "https://idp.example.test/realms/mesh";

  static Vertx vertx;
  static TestQuantum quantum;

  @BeforeAll
  static void start(@TempDir Path dir) {
    vertx = Vertx.vertx();
    HttpServer idp = vertx.createHttpServer().requestHandler(request -> request.response()
        .putHeader("Content-Type", "application/json")
        .end(new JsonObject().put("keys", new JsonArray().add(TestTokens.jwk(KEY, "mesh-1"))).encode()))
        .listen(0).await();
    quantum = TestQuantum.secured(dir.resolve("jwks"), AccessFixture.CONTRACT, """
        id: auth-jwks
        access:
          jwt:
            jwksUrl: http://localhost:%d/realms/mesh/certs
            issuer: %s
            audience: quanta
        """.formatted(idp.actualPort(), ISSUER), Map.of());
  }

  @AfterAll
  static void stop() {
    if (quantum != null) {
      quantum.close();
    }
    vertx.close().await();
  }

  static JsonObject claims(String subject, String... roles) {
    return TestTokens.claims(subject, roles).put("iss", ISSUER).put("aud", new JsonArray().add("account").add("quanta"));
  }

  static HttpResponse<String> get(String path, String token) {
    HttpResponse<String> response = quantum.send(HttpRequest.newBuilder(URI.create(quantum.url(path)))
        .header("Authorization", "Bearer " + token).GET().build());
    AccessFixture.assertNoSecret(response, "Bearer " + token);
    return response;
  }

  @Test
  void accepts_an_owner_token_signed_by_a_published_key() {
    String token = TestTokens.rs256(KEY.getPrivate(), "mesh-1", claims("olivia", "owner").put("domain", "sales"));

    HttpResponse<String> response = get("/control/state", token);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void reads_keycloak_realm_roles() {
    JsonObject claims = claims("ann").put("realm_access", new JsonObject().put("roles", new JsonArray().add("analyst")));

    assertThat(get("/data/orders", TestTokens.rs256(KEY.getPrivate(), "mesh-1", claims)).statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"other-key-same-kid", "unknown-kid", "wrong-issuer", "wrong-audience", "no-audience",
      "expired", "hmac-with-public-key", "unsigned"})
  void refuses_a_token_that_does_not_verify(String flaw) {
    JsonObject claims = claims("olivia", "owner");
    long now = Instant.now().getEpochSecond();
    String token = switch (flaw) {
      case "other-key-same-kid" -> TestTokens.rs256(OTHER.getPrivate(), "mesh-1", claims);
      case "unknown-kid" -> TestTokens.rs256(OTHER.getPrivate(), "mesh-2", claims);
      case "wrong-issuer" -> TestTokens.rs256(KEY.getPrivate(), "mesh-1", claims.put("iss", "https://evil.test"));
      case "wrong-audience" -> TestTokens.rs256(KEY.getPrivate(), "mesh-1", claims.put("aud", "other"));
      case "no-audience" -> TestTokens.rs256(KEY.getPrivate(), "mesh-1", claims.copy().put("aud", (Object) null));
      case "expired" -> TestTokens.rs256(KEY.getPrivate(), "mesh-1", claims.put("exp", now - 600));
      case "hmac-with-public-key" -> TestTokens.hs256(TestTokens.jwk(KEY, "mesh-1").getString("n"), claims);
      case "unsigned" -> TestTokens.unsigned(claims);
      default -> throw new IllegalArgumentException(flaw);
    };

    HttpResponse<String> response = get("/control/state", token);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(AccessFixture.json(response).getString("code")).isEqualTo("invalid-token");
  }
}
