package io.quanta.runtime.control;

import static io.quanta.runtime.testing.AccessFixture.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.AccessFixture;
import io.quanta.runtime.testing.TestDatabase;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle through {@code /control/state}, and what each state does to the output port. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StateRoutesIT {

  static AccessFixture fixture;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    fixture = AccessFixture.start(dir.resolve("state"), "id: control-state\n");
    TestDatabase.execute(fixture.quantum().database(), "INSERT INTO orders VALUES (1, 'acme')");
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  static JsonObject put(String body) {
    HttpResponse<String> response = fixture.call("PUT", "/control/state", OWNER, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return AccessFixture.json(response);
  }

  @Test
  @Order(1)
  void starts_active() {
    JsonObject state = AccessFixture.json(fixture.get("/control/state", OWNER));

    assertThat(state.getString("state")).isEqualTo("active");
    assertThat(state.getString("sunset")).isNull();
  }

  @Test
  @Order(2)
  void deprecated_data_carries_deprecation_and_sunset_headers() {
    JsonObject changed = put("{\"state\": \"deprecated\", \"sunset\": \"2030-01-31T00:00:00Z\","
        + " \"reason\": \"use control-state-v2\"}");

    assertThat(changed.getString("state")).isEqualTo("deprecated");
    assertThat(changed.getString("sunset")).isEqualTo("2030-01-31T00:00:00Z");
    assertThat(changed.getString("reason")).isEqualTo("use control-state-v2");
    assertThat(changed.getString("changedBy")).isEqualTo("olivia");
    assertThat(Instant.parse(changed.getString("changedAt"))).isBefore(Instant.now().plusSeconds(1));
    assertThat(AccessFixture.json(fixture.get("/control/state", OWNER))).isEqualTo(changed);

    HttpResponse<String> data = fixture.get("/data/orders", OWNER);
    assertThat(data.statusCode()).isEqualTo(200);
    assertThat(data.headers().firstValue("Deprecation"))
        .hasValue("@" + Instant.parse(changed.getString("changedAt")).getEpochSecond());
    assertThat(data.headers().firstValue("Sunset")).hasValue("Thu, 31 Jan 2030 00:00:00 GMT");
  }

  @Test
  @Order(3)
  void paused_and_active_data_is_served_without_deprecation() {
    assertThat(put("{\"state\": \"paused\"}").getString("sunset")).isNull();
    HttpResponse<String> paused = fixture.get("/data/orders", OWNER);
    assertThat(paused.statusCode()).isEqualTo(200);
    assertThat(paused.headers().firstValue("Deprecation")).isEmpty();

    put("{\"state\": \"active\"}");
    assertThat(fixture.get("/data/orders", OWNER).headers().firstValue("Sunset")).isEmpty();
  }

  @Test
  @Order(4)
  void retired_data_is_gone_and_retired_is_final() {
    put("{\"state\": \"retired\", \"reason\": \"merged into sales\"}");

    HttpResponse<String> data = fixture.get("/data/orders", OWNER);
    assertThat(data.statusCode()).isEqualTo(410);
    assertThat(AccessFixture.json(data).getString("code")).isEqualTo("retired");

    HttpResponse<String> revive = fixture.call("PUT", "/control/state", OWNER, "{\"state\": \"active\"}");
    assertThat(revive.statusCode()).isEqualTo(409);
    assertThat(AccessFixture.json(revive).getString("code")).isEqualTo("retired-is-final");
    assertThat(put("{\"state\": \"retired\"}").getString("reason")).isEqualTo("merged into sales");
  }
}
