package io.quanta.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A quantum with a contract that has a read role, a public and a confidential object, a set of static tokens
 * (owner, an owner of another domain, a reader by contract role, two consumers without a read role) and an HS256
 * JWT secret, plus a way to call it that fails the test if any token or secret shows up in a response body.
 */
public final class AccessFixture implements AutoCloseable {

  public static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: access-orders
      name: Access orders
      version: 1.0.0
      status: active
      domain: sales
      schema:
        - name: orders
          properties:
            - {name: order_id, logicalType: integer, primaryKey: true, classification: internal}
            - {name: customer, logicalType: string, classification: confidential}
        - name: prices
          properties:
            - {name: sku, logicalType: string, primaryKey: true, classification: public}
            - {name: price, logicalType: number, classification: public}
      roles:
        - {role: analyst, access: read}
        - {role: auditor, description: reads the contract only}
      """;

  public static final String OWNER = "owner-token-000000000001";
  public static final String FOREIGN_OWNER = "foreign-owner-token-0001";
  public static final String ANALYST = "analyst-token-0000000001";
  public static final String GRANTEE = "grantee-token-0000000001";
  public static final String NOBODY = "nobody-token-00000000001";
  public static final String JWT_SECRET = "matrix-hs256-secret-0123456789abcdef";
  public static final String TOKENS = OWNER + "=olivia:owner@sales;" + FOREIGN_OWNER + "=fred:owner@finance;"
      + ANALYST + "=ann:analyst;" + GRANTEE + "=gary:auditor;" + NOBODY + "=nora:auditor";
  private static final List<String> SECRETS = List.of(OWNER, FOREIGN_OWNER, ANALYST, GRANTEE, NOBODY, JWT_SECRET);

  private final TestQuantum quantum;

  private AccessFixture(TestQuantum quantum) {
    this.quantum = quantum;
  }

  /** Starts the quantum with real access rules, the tokens above and {@code quantumYaml}. */
  public static AccessFixture start(Path dir, String quantumYaml) {
    return new AccessFixture(TestQuantum.secured(dir, CONTRACT, quantumYaml,
        Map.of("QUANTA_TOKENS", TOKENS, "QUANTA_JWT_SECRET", JWT_SECRET)));
  }

  /** As {@link #start}, with one order ({@code 1, acme}) and one price ({@code sku-1, 9.5}) in its tables. */
  public static AccessFixture seeded(Path dir, String quantumYaml) throws Exception {
    AccessFixture fixture = start(dir, quantumYaml);
    TestDatabase.execute(fixture.quantum().database(), "INSERT INTO orders VALUES (1, 'acme')",
        "INSERT INTO prices VALUES ('sku-1', 9.5)");
    return fixture;
  }

  /** A JWT signed with {@link #JWT_SECRET} for {@code name}, with no roles of its own. */
  public static String jwt(String name) {
    return TestTokens.hs256(JWT_SECRET, TestTokens.claims(name));
  }

  public TestQuantum quantum() {
    return quantum;
  }

  public HttpResponse<String> get(String path, String token) {
    return call("GET", path, token, null);
  }

  /** Calls with a bearer token (none when null) and a JSON body (none when null). */
  public HttpResponse<String> call(String method, String path, String token, String json) {
    return send(method, path, token == null ? null : "Bearer " + token, json, "application/json");
  }

  /** Calls with a raw Authorization header and content type, for malformed requests. */
  public HttpResponse<String> send(String method, String path, String authorization, String body, String type) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(quantum.url(path)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body != null) {
      request.header("Content-Type", type);
    }
    HttpResponse<String> response = quantum.send(request.build());
    assertNoSecret(response, authorization);
    return response;
  }

  /** Fails when a response body repeats a configured token, the JWT secret, or the credentials sent. */
  public static void assertNoSecret(HttpResponse<String> response, String authorization) {
    for (String secret : SECRETS) {
      assertThat(response.body()).as("response body must not contain a secret").doesNotContain(secret);
    }
    if (authorization != null && authorization.length() > 12) {
      String credentials = authorization.substring(authorization.indexOf(' ') + 1);
      assertThat(response.body()).as("response body must not echo the token").doesNotContain(credentials);
    }
  }

  public static JsonObject json(HttpResponse<String> response) {
    return new JsonObject(response.body());
  }

  @Override
  public void close() {
    quantum.close();
  }
}
