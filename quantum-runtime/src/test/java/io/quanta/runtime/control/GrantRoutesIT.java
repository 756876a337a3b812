package io.quanta.runtime.control;

import static io.quanta.runtime.testing.AccessFixture.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.AccessFixture;
import io.quanta.runtime.testing.TestDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /control/access}: grants given, renewed, listed and revoked, and their effect on reads. */
class GrantRoutesIT {

  static AccessFixture fixture;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    fixture = AccessFixture.seeded(dir.resolve("grants"), "id: control-grants\n");
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

  static HttpResponse<String> grant(String body) {
    return fixture.call("POST", "/control/access", OWNER, body);
  }

  static List<JsonObject> grantsOf(String principal) {
    JsonArray all = AccessFixture.json(fixture.get("/control/access", OWNER)).getJsonArray("grants");
    return all.stream().map(JsonObject.class::cast).filter(g -> g.getString("principal").equals(principal))
        .collect(Collectors.toList());
  }

  @Test
  void grant_on_one_object_gives_read_access_until_revoked() {
    String nina = token("nina");
    assertThat(fixture.get("/data/orders", nina).statusCode()).isEqualTo(403);

    HttpResponse<String> created = grant("{\"principal\": \"nina\", \"object\": \"orders\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject grant = AccessFixture.json(created);
    assertThat(grant.getString("object")).isEqualTo("orders");
    assertThat(grant.getString("grantedBy")).isEqualTo("olivia");
    assertThat(grant.getBoolean("active")).isTrue();
    assertThat(fixture.get("/data/orders", nina).statusCode()).isEqualTo(200);
    assertThat(fixture.get("/data/orders/1", nina).statusCode()).isEqualTo(200);
    assertThat(fixture.get("/data/prices", nina).statusCode()).isEqualTo(403);
    assertThat(grantsOf("nina")).hasSize(1);

    HttpResponse<String> revoked = fixture.call("DELETE", "/control/access/" + grant.getLong("id"), OWNER, null);
    assertThat(revoked.statusCode()).isEqualTo(204);
    assertThat(fixture.get("/data/orders", nina).statusCode()).isEqualTo(403);
    assertThat(grantsOf("nina")).isEmpty();
    assertThat(fixture.call("DELETE", "/control/access/" + grant.getLong("id"), OWNER, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void granting_again_renews_the_same_grant() {
    JsonObject first = AccessFixture.json(grant("{\"principal\": \"omar\"}"));

    HttpResponse<String> again = grant("{\"principal\": \"omar\", \"expiresAt\": \"2031-06-01T12:00:00Z\"}");

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(AccessFixture.json(again).getLong("id")).isEqualTo(first.getLong("id"));
    assertThat(grantsOf("omar")).singleElement()
        .satisfies(g -> assertThat(g.getString("expiresAt")).isEqualTo("2031-06-01T12:00:00Z"));
  }

  @Test
  void grant_without_object_covers_every_object() {
    assertThat(grant("{\"principal\": \"pia\"}").statusCode()).isEqualTo(201);

    assertThat(fixture.get("/data/orders", token("pia")).statusCode()).isEqualTo(200);
    assertThat(fixture.get("/data/prices", token("pia")).statusCode()).isEqualTo(200);
  }

  @Test
  void expired_grant_gives_no_access_and_is_listed_inactive() throws Exception {
    TestDatabase.execute(fixture.quantum().database(), "INSERT INTO _quanta_grants"
        + " (principal, object_name, granted_by, granted_at, expires_at)"
        + " VALUES ('ezra', NULL, 'olivia', NOW(3) - INTERVAL 2 DAY, NOW(3) - INTERVAL 1 DAY)");

    assertThat(fixture.get("/data/orders", token("ezra")).statusCode()).isEqualTo(403);
    assertThat(grantsOf("ezra")).singleElement().satisfies(g -> assertThat(g.getBoolean("active")).isFalse());
  }

  @Test
  void revoking_an_unknown_grant_is_404() {
    for (String id : List.of("999999", "abc", "-1")) {
      HttpResponse<String> response = fixture.call("DELETE", "/control/access/" + id, OWNER, null);
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(AccessFixture.json(response).getString("code")).isEqualTo("unknown-grant");
    }
  }
}
