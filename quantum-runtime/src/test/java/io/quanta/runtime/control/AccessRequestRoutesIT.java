package io.quanta.runtime.control;

import static io.quanta.runtime.testing.AccessFixture.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.AccessFixture;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /control/access-requests}: approved by policy, or pending until the owner approves or denies. */
class AccessRequestRoutesIT {

  static AccessFixture fixture;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    fixture = AccessFixture.seeded(dir.resolve("requests"), "id: control-requests\n");
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  static String token(String name) {
    return AccessFixture.jwt(name);
  }

  static HttpResponse<String> request(String name, String body) {
    return fixture.call("POST", "/control/access-requests", token(name), body);
  }

  static HttpResponse<String> decide(long id, String decision, String body) {
    return fixture.call("POST", "/control/access-requests/" + id + "/" + decision, OWNER, body);
  }

  @Test
  void public_object_is_approved_at_once_with_a_grant() {
    HttpResponse<String> response = request("paula", "{\"object\": \"prices\", \"purpose\": \"price list\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonObject approved = AccessFixture.json(response);
    assertThat(approved.getString("status")).isEqualTo("approved");
    assertThat(approved.getString("classification")).isEqualTo("public");
    assertThat(approved.getString("decidedBy")).isEqualTo("policy");
    assertThat(approved.getJsonObject("grant").getString("object")).isEqualTo("prices");
    assertThat(fixture.get("/data/prices", token("paula")).statusCode()).isEqualTo(200);
    assertThat(fixture.get("/data/orders", token("paula")).statusCode()).isEqualTo(403);
  }

  @Test
  void confidential_object_waits_for_the_owner_who_approves_once() {
    HttpResponse<String> response = request("quinn", "{\"object\": \"orders\", \"purpose\": \"churn study\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonObject pending = AccessFixture.json(response);
    assertThat(pending.getString("status")).isEqualTo("pending");
    assertThat(pending.getString("classification")).isEqualTo("confidential");
    assertThat(pending.containsKey("grant")).isFalse();
    assertThat(fixture.get("/data/orders", token("quinn")).statusCode()).isEqualTo(403);
    long id = pending.getLong("id");

    HttpResponse<String> repeated = request("quinn", "{\"object\": \"orders\", \"purpose\": \"again\"}");
    assertThat(repeated.statusCode()).isEqualTo(202);
    assertThat(AccessFixture.json(repeated).getLong("id")).isEqualTo(id);
    assertThat(fixture.get("/control/access-requests?status=pending", OWNER).body()).contains("\"id\":" + id + ",");

    HttpResponse<String> approve = decide(id, "approve", "{\"expiresAt\": \"2031-01-01T00:00:00Z\"}");
    assertThat(approve.statusCode()).as(approve.body()).isEqualTo(200);
    JsonObject approved = AccessFixture.json(approve);
    assertThat(approved.getString("status")).isEqualTo("approved");
    assertThat(approved.getString("decidedBy")).isEqualTo("olivia");
    assertThat(approved.getJsonObject("grant").getString("expiresAt")).isEqualTo("2031-01-01T00:00:00Z");
    assertThat(fixture.get("/data/orders", token("quinn")).statusCode()).isEqualTo(200);

    for (String decision : new String[] {"approve", "deny"}) {
      HttpResponse<String> twice = decide(id, decision, null);
      assertThat(twice.statusCode()).isEqualTo(409);
      assertThat(AccessFixture.json(twice).getString("code")).isEqualTo("already-decided");
    }
  }

  @Test
  void denied_request_gives_no_access_and_cannot_be_approved_later() {
    long id = AccessFixture.json(request("rita", "{\"purpose\": \"everything\"}")).getLong("id");

    HttpResponse<String> deny = decide(id, "deny", null);

    assertThat(deny.statusCode()).isEqualTo(200);
    assertThat(AccessFixture.json(deny).getString("status")).isEqualTo("denied");
    assertThat(fixture.get("/data/prices", token("rita")).statusCode()).isEqualTo(403);
    assertThat(decide(id, "approve", null).statusCode()).isEqualTo(409);
    assertThat(fixture.get("/control/access", OWNER).body()).doesNotContain("\"rita\"");
  }

  @Test
  void request_for_every_object_takes_the_highest_classification() {
    JsonObject pending = AccessFixture.json(request("sam", "{\"purpose\": \"catalogue\"}"));

    assertThat(pending.getString("classification")).isEqualTo("confidential");
    assertThat(pending.getString("object")).isNull();
  }

  @Test
  void only_the_owner_lists_and_decides() {
    long id = AccessFixture.json(request("tara", "{\"object\": \"orders\", \"purpose\": \"audit\"}")).getLong("id");

    assertThat(fixture.get("/control/access-requests", token("tara")).statusCode()).isEqualTo(403);
    assertThat(fixture.call("POST", "/control/access-requests/" + id + "/approve", token("tara"), null).statusCode())
        .isEqualTo(403);
    assertThat(fixture.call("POST", "/control/access-requests", null, "{\"purpose\": \"x\"}").statusCode())
        .isEqualTo(401);
  }

  @Test
  void deciding_an_unknown_request_is_404() {
    for (String id : new String[] {"999999", "abc"}) {
      HttpResponse<String> response = fixture.call("POST", "/control/access-requests/" + id + "/approve", OWNER, null);
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(AccessFixture.json(response).getString("code")).isEqualTo("unknown-request");
    }
  }
}
