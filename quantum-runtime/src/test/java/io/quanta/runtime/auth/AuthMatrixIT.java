package io.quanta.runtime.auth;

import static io.quanta.runtime.testing.AccessFixture.JWT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.AccessFixture;
import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestTokens;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint family against every kind of caller, through the real authenticator, guards and grants. */
class AuthMatrixIT {

  static AccessFixture fixture;

  static final long NOW = Instant.now().getEpochSecond();
  static final Map<String, String> AUTHORIZATION = Map.ofEntries(
      Map.entry("none", ""),
      Map.entry("malformed", "Bearer not a token"),
      Map.entry("other-scheme", "Basic b2xpdmlhOnNlY3JldA=="),
      Map.entry("unknown-token", "Bearer unknown-token-0000000001"),
      Map.entry("expired-jwt", "Bearer " + TestTokens.hs256(JWT_SECRET,
          TestTokens.claims("olivia", "owner").put("iat", NOW - 7200).put("exp", NOW - 3600))),
      Map.entry("future-jwt", "Bearer " + TestTokens.hs256(JWT_SECRET,
          TestTokens.claims("olivia", "owner").put("nbf", NOW + 3600))),
      Map.entry("wrong-signature-jwt", "Bearer " + TestTokens.hs256("another-secret-0123456789abcdefghij",
          TestTokens.claims("olivia", "owner"))),
      Map.entry("unsigned-jwt", "Bearer " + TestTokens.unsigned(TestTokens.claims("olivia", "owner"))),
      Map.entry("nameless-jwt", "Bearer " + TestTokens.hs256(JWT_SECRET, new JsonObject().put("exp", NOW + 60))),
      Map.entry("no-read", "Bearer " + AccessFixture.NOBODY),
      Map.entry("owner-of-other-domain", "Bearer " + AccessFixture.FOREIGN_OWNER),
      Map.entry("contract-role", "Bearer " + AccessFixture.ANALYST),
      Map.entry("contract-role-jwt", "Bearer " + TestTokens.hs256(JWT_SECRET, TestTokens.claims("jules", "analyst"))),
      Map.entry("grant", "Bearer " + AccessFixture.GRANTEE),
      Map.entry("owner", "Bearer " + AccessFixture.OWNER),
      Map.entry("owner-jwt", "Bearer " + TestTokens.hs256(JWT_SECRET,
          TestTokens.claims("otto", "owner").put("domain", "sales"))));

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    fixture = AccessFixture.start(dir.resolve("matrix"), "id: auth-matrix\n");
    TestDatabase.execute(fixture.quantum().database(), "INSERT INTO orders VALUES (1, 'acme')");
    HttpResponse<String> granted = fixture.call("POST", "/control/access", AccessFixture.OWNER,
        "{\"principal\": \"gary\", \"object\": \"orders\"}");
    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @ParameterizedTest(name = "{0}: discovery {1}, observability {2}, data {3}, control {4}, access request {5}")
  @CsvSource(delimiter = '|', value = {
      "none                  |200|200|401|401|401",
      "malformed             |401|401|401|401|401",
      "other-scheme          |401|401|401|401|401",
      "unknown-token         |401|401|401|401|401",
      "expired-jwt           |401|401|401|401|401",
      "future-jwt            |401|401|401|401|401",
      "wrong-signature-jwt   |401|401|401|401|401",
      "unsigned-jwt          |401|401|401|401|401",
      "nameless-jwt          |401|401|401|401|401",
      "no-read               |200|200|403|403|202",
      "owner-of-other-domain |200|200|403|403|202",
      "contract-role         |200|200|200|403|202",
      "contract-role-jwt     |200|200|200|403|202",
      "grant                 |200|200|200|403|202",
      "owner                 |200|200|200|200|202",
      "owner-jwt             |200|200|200|200|202"})
  void answers_each_family_by_caller(String caller, int discovery, int observability, int data, int control,
      int request) {
    String authorization = AUTHORIZATION.get(caller);

    assertStatus(call(authorization, "GET", "/discovery/contract", null), discovery);
    assertStatus(call(authorization, "GET", "/observability/ready", null), observability);
    assertStatus(call(authorization, "GET", "/data/orders", null), data);
    assertStatus(call(authorization, "GET", "/control/state", null), control);
    assertStatus(call(authorization, "POST", "/control/access-requests",
        "{\"object\": \"orders\", \"purpose\": \"auth matrix\"}"), request);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "none                |/data/orders       |unauthenticated",
      "none                |/control/state     |unauthenticated",
      "malformed           |/discovery/contract|invalid-token",
      "expired-jwt         |/data/orders       |invalid-token",
      "wrong-signature-jwt |/control/state     |invalid-token",
      "no-read             |/data/orders       |no-read-access",
      "no-read             |/control/access    |forbidden",
      "grant               |/data/prices       |no-read-access"})
  void refuses_with_a_stable_code_and_a_bearer_challenge(String caller, String path, String code) {
    HttpResponse<String> response = call(AUTHORIZATION.get(caller), "GET", path, null);

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(AccessFixture.json(response).getString("code")).isEqualTo(code);
    if (response.statusCode() == 401) {
      assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
    }
  }

  private static HttpResponse<String> call(String authorization, String method, String path, String json) {
    return fixture.send(method, path, authorization.isEmpty() ? null : authorization, json, "application/json");
  }

  private static void assertStatus(HttpResponse<String> response, int expected) {
    assertThat(response.statusCode()).as(response.request().method() + " " + response.uri().getPath() + ": "
        + response.body()).isEqualTo(expected);
  }
}
