package io.quanta.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.AccessFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code openDiscovery: false} and {@code openObservability: false}: signed-in callers only, probes still open. */
class ClosedDiscoveryIT {

  static AccessFixture fixture;

  @BeforeAll
  static void start(@TempDir Path dir) {
    fixture = AccessFixture.start(dir.resolve("closed"), """
        id: auth-closed
        access:
          openDiscovery: false
          openObservability: false
        """);
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/discovery/contract", "/discovery/anything", "/observability/status"})
  void needs_a_signed_in_caller(String path) {
    assertThat(fixture.get(path, null).statusCode()).isEqualTo(401);
    assertThat(fixture.get(path, AccessFixture.NOBODY).statusCode()).isNotIn(401, 403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/observability/health", "/observability/ready"})
  void keeps_probes_open(String path) {
    assertThat(fixture.get(path, null).statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/discovery/contract"})
  void serves_discovery_to_any_consumer(String path) {
    assertThat(fixture.get(path, AccessFixture.NOBODY).statusCode()).isEqualTo(200);
  }

  @Test
  void does_not_list_its_objects_to_a_caller_asking_for_one_that_does_not_exist() {
    var anonymous = fixture.get("/data/nothing-here", null);
    var signedIn = fixture.get("/data/nothing-here", AccessFixture.NOBODY);

    assertThat(anonymous.statusCode()).isIn(401, 404);
    assertThat(anonymous.body()).doesNotContain("orders", "prices");
    assertThat(signedIn.statusCode()).isEqualTo(404);
    assertThat(signedIn.body()).contains("unknown-object").doesNotContain("orders", "prices");
  }
}
