package io.quanta.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.TestQuantum;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A managed quantum describes its runs endpoints and versions like every other endpoint. */
class ManagedDiscoveryIT {

  @Test
  void the_runs_endpoints_and_the_version_parameter_are_listed_and_documented(@TempDir Path dir) throws Exception {
    Path q = dir.resolve("q");
    Files.createDirectories(q);
    Files.writeString(q.resolve("people.csv"), "id,name\n1,Ada\n");
    String yaml = """
        id: described
        pipeline:
          runOnStart: false
          sources:
            - {name: people, object: people, file: {path: people.csv}}
        """;
    try (TestQuantum quantum = TestQuantum.start(q, TriggersIT.PEOPLE, yaml)) {
      JsonObject root = new JsonObject(quantum.get("/").body());
      assertThat(root.getString("mode")).isEqualTo("managed");
      assertThat(root.getJsonArray("links").stream().map(l -> ((JsonObject) l).getString("path")))
          .contains("/control/runs", "/observability/runs", "/observability/runs/{id}");

      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      SwaggerParseResult result = new OpenAPIV3Parser().readContents(quantum.get("/discovery/openapi").body(), null,
          options);
      assertThat(result.getMessages()).isEmpty();
      OpenAPI api = result.getOpenAPI();
      assertThat(api.getPaths()).containsKeys("/control/runs", "/observability/runs", "/observability/runs/{id}");
      assertThat(api.getPaths().get("/observability/runs/{id}").getGet().getSummary()).contains("One pipeline run");
      assertThat(api.getPaths().get("/data/people").getGet().getParameters()).extracting(Parameter::getName)
          .contains("version");

      JsonObject descriptor = new JsonObject(quantum.get("/discovery/descriptor?format=json").body());
      assertThat(descriptor.getJsonArray("managementPorts").stream().map(p -> ((JsonObject) p).getString("url")))
          .contains(quantum.url("/control/runs"), quantum.url("/observability/runs"));
    }
  }
}
