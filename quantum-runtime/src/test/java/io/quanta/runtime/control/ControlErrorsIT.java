package io.quanta.runtime.control;

import static io.quanta.runtime.testing.AccessFixture.NOBODY;
import static io.quanta.runtime.testing.AccessFixture.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.AccessFixture;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad control requests: every one a 4xx problem with a stable code, never a 500, never a secret. */
class ControlErrorsIT {

  static AccessFixture fixture;

  @BeforeAll
  static void start(@TempDir Path dir) {
    fixture = AccessFixture.start(dir.resolve("errors"), "id: control-errors\n");
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "PUT |/control/state          |{                                                |400|bad-json      |",
      "PUT |/control/state          |[\"active\"]                                     |400|bad-json      |",
      "PUT |/control/state          |null                                             |400|bad-json      |",
      "PUT |/control/state          |{}                                               |400|missing-field |state",
      "PUT |/control/state          |`{\"state\": 5}`                                 |400|bad-field     |state",
      "PUT |/control/state          |`{\"state\": \"frozen\"}`                        |400|unknown-state |state",
      "PUT |/control/state          |`{\"state\": \"active\", \"extra\": 1}`          |400|unknown-field |extra",
      "PUT |/control/state          |`{\"state\": \"active\", \"sunset\": \"2030-01-01\"}`|400|bad-field|sunset",
      "PUT |/control/state          |`{\"state\": \"deprecated\", \"sunset\": \"soon\"}`|400|bad-field   |sunset",
      "PUT |/control/state          |`{\"state\": \"deprecated\", \"sunset\": \"2001-01-01T00:00:00Z\"}`|400|bad-field|sunset",
      "PUT |/control/state          |`{\"state\": \"paused\", \"reason\": [1]}`       |400|bad-field     |reason",
      "POST|/control/access         |{}                                               |400|missing-field |principal",
      "POST|/control/access         |`{\"principal\": \"  \"}`                        |400|missing-field |principal",
      "POST|/control/access         |`{\"principal\": \"x\", \"object\": \"nope\"}`   |400|unknown-object|object",
      "POST|/control/access         |`{\"principal\": \"x\", \"expiresAt\": 12}`      |400|bad-field     |expiresAt",
      "POST|/control/access         |`{\"principal\": \"x\", \"expiresAt\": \"+99999-01-01T00:00:00Z\"}`|400|bad-field|expiresAt",
      "POST|/control/access-requests/1/approve|`{\"expiresAt\": \"never\"}`         |400|bad-field     |expiresAt",
      "POST|/control/access-requests/1/deny|`{\"reason\": \"no\"}`                  |400|unknown-field |reason"})
  void refuses_bad_bodies_naming_the_field(String method, String path, String body, int status, String code,
      String field) {
    HttpResponse<String> response = fixture.call(method, path.trim(), OWNER, body.trim());

    JsonObject problem = assertProblem(response, status, code);
    if (field != null) {
      assertThat(problem.getString("field")).isEqualTo(field);
    }
  }

  @Test
  void refuses_a_request_without_purpose() {
    assertProblem(fixture.call("POST", "/control/access-requests", NOBODY, "{\"object\": \"orders\"}"), 400,
        "missing-field");
  }

  @Test
  void refuses_a_body_that_is_not_json() {
    assertProblem(fixture.send("PUT", "/control/state", "Bearer " + OWNER, "state=active", "text/plain"), 415,
        "unsupported-media-type");
    assertProblem(fixture.send("PUT", "/control/state", "Bearer " + OWNER, "{\"state\": \"x\"}",
        "application/x-www-form-urlencoded"), 415, "unsupported-media-type");
  }

  @Test
  void refuses_json_nested_beyond_the_parser_limit() {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);

    assertProblem(fixture.call("PUT", "/control/state", OWNER, deep), 400, "bad-json");
  }

  @Test
  void refuses_an_oversized_body_with_413() {
    String big = "{\"state\": \"active\", \"reason\": \"" + "x".repeat(70_000) + "\"}";

    assertProblem(fixture.call("PUT", "/control/state", OWNER, big), 413, "payload-too-large");
  }

  @ParameterizedTest
  @CsvSource({"/control/access-requests?status=maybe,bad-status", "/control/access-requests?limit=0,bad-limit",
      "/control/access-requests?limit=lots,bad-limit"})
  void refuses_bad_list_parameters(String path, String code) {
    assertProblem(fixture.get(path, OWNER), 400, code);
  }

  @Test
  void answers_oversized_headers_and_lines_with_a_4xx() throws Exception {
    HttpClient http1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String base = fixture.quantum().url("");

    assertThat(status(http1, HttpRequest.newBuilder(URI.create(base + "/control/state"))
        .header("Authorization", "Bearer " + "a".repeat(20_000)).build())).isBetween(400, 499);
    assertThat(status(http1, HttpRequest.newBuilder(URI.create(base + "/data/orders"))
        .header("X-Padding", "p".repeat(20_000)).build())).isBetween(400, 499);
    assertThat(status(http1, HttpRequest.newBuilder(URI.create(base + "/data/orders?customer=eq."
        + "c".repeat(10_000))).build())).isBetween(400, 499);
  }

  @Test
  void refuses_an_overlong_token_within_the_header_limit_as_invalid() {
    assertProblem(fixture.get("/data/orders", "t".repeat(6_000)), 401, "invalid-token");
  }

  private static int status(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    AccessFixture.assertNoSecret(response, null);
    return response.statusCode();
  }

  private static JsonObject assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = AccessFixture.json(response);
    assertThat(problem.getString("code")).isEqualTo(code);
    assertThat(problem.getString("detail")).isNotBlank();
    return problem;
  }
}
