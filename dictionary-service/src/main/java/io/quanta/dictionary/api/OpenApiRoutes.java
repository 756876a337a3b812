package io.quanta.dictionary.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/openapi}: the OpenAPI 3.0.3 document of the dictionary's API, JSON by default or
 * {@code ?format=yaml}. It is written by hand next to docs/dictionary-api.md; the ITs check that its paths
 * and methods are exactly the router's and that the reference parser reads it without a message.
 *
 * <pre>{@code curl http://localhost:8080/api/openapi}</pre>
 */
public final class OpenApiRoutes {

  static final String RESOURCE = "/io/quanta/dictionary/api/openapi.yaml";

  private final Access access;
  private final String yaml;
  private final String json;

  public OpenApiRoutes(Access access) {
    this.access = access;
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the build");
      }
      this.yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      JsonNode tree = new YAMLMapper().readTree(yaml);
      this.json = tree.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void mount(Router router) {
    router.get("/api/openapi").handler(access::reader).handler(this::document);
  }

  private void document(RoutingContext ctx) {
    String format = Params.of(ctx, "format").choice("format", "json", "json", "yaml");
    if (format.equals("yaml")) {
      ctx.response().putHeader("Content-Type", "application/yaml; charset=utf-8").end(yaml);
    } else {
      ctx.response().putHeader("Content-Type", "application/json").end(json);
    }
  }
}
