package io.quanta.runtime.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.discovery.Endpoints.Endpoint;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class EndpointsTest {

  static final Vertx VERTX = Vertx.vertx();

  @AfterAll
  static void close() {
    VERTX.close().await();
  }

  @Test
  void lists_routes_with_methods_in_template_form_and_skips_handler_only_routes() {
    Router router = Router.router(VERTX);
    router.route().failureHandler(ctx -> { });
    router.route("/control/*").handler(ctx -> { });
    router.get("/data/:object/:key").handler(ctx -> { });
    router.get("/control/state").handler(ctx -> { });
    router.put("/control/state").handler(ctx -> { });
    router.getWithRegex("/legacy/.*").handler(ctx -> { });
    router.get("/").handler(ctx -> { });

    assertThat(Endpoints.of(router)).containsExactly(
        new Endpoint("/", List.of("GET")),
        new Endpoint("/control/state", List.of("GET", "PUT")),
        new Endpoint("/data/{object}/{key}", List.of("GET")));
  }

  @Test
  void area_is_the_first_segment() {
    assertThat(new Endpoint("/data/{object}", List.of("GET")).area()).isEqualTo("data");
    assertThat(new Endpoint("/discovery/openapi", List.of("GET")).area()).isEqualTo("discovery");
    assertThat(new Endpoint("/", List.of("GET")).area()).isEmpty();
  }
}
