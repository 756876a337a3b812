package io.quanta.runtime.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanta.runtime.testing.TestQuantum;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiRoutesIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static TestQuantum quantum;
  static JsonNode document;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    quantum = TestQuantum.start(dir.resolve("shop"), DiscoveryFixture.CONTRACT,
        DiscoveryFixture.QUANTUM + "access: {openObservability: false}\n");
    HttpResponse<String> response = quantum.get("/discovery/openapi");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    document = JSON.readTree(response.body());
  }

  @AfterAll
  static void stop() {
    if (quantum != null) {
      quantum.close();
    }
  }

  @Test
  void parses_as_openapi_3_without_messages() throws Exception {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(JSON.writeValueAsString(document), null, options);

    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getOpenapi()).isEqualTo("3.0.3");
    assertThat(api.getInfo().getVersion()).isEqualTo("1.2.0");
    assertThat(api.getServers().get(0).getUrl()).isEqualTo(quantum.url(""));
    assertThat(api.getComponents().getSecuritySchemes().get("bearer").getScheme()).isEqualTo("bearer");
  }

  @Test
  void documents_exactly_the_routes_of_the_router_and_the_root_links() throws Exception {
    Set<String> router = DiscoveryFixture.routes(quantum).stream()
        .flatMap(e -> e.methods().stream().map(m -> m + " " + e.path())).collect(Collectors.toSet());
    Set<String> links = new HashSet<>();
    JSON.readTree(quantum.get("/").body()).get("links")
        .forEach(l -> l.get("methods").forEach(m -> links.add(m.asText() + " " + l.get("path").asText())));

    Set<String> templates = new HashSet<>();
    Set<String> perObject = new HashSet<>();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      String operation = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
      (router.contains(operation) ? templates : perObject).add(operation);
    }));
    assertThat(templates).isEqualTo(router).isEqualTo(links)
        .contains("GET /data/{object}", "GET /discovery/openapi", "GET /observability/ready");
    assertThat(perObject).as("the output port expanded per contract object (events has no key)")
        .containsExactlyInAnyOrder("GET /data/orders", "GET /data/orders/{key}", "GET /data/events");
  }

  @Test
  void data_port_parameters_come_from_the_catalog() {
    OpenAPI api = new OpenAPIV3Parser().readContents(document.toString()).getOpenAPI();
    List<Parameter> orders = api.getPaths().get("/data/orders").getGet().getParameters();
    List<Parameter> generic = api.getPaths().get("/data/{object}").getGet().getParameters();

    assertThat(names(orders)).containsExactly("select", "order", "limit", "after", "format",
        "order_id", "customer", "amount", "paid", "placed_at");
    assertThat(names(generic)).containsExactly("object", "select", "order", "limit", "after", "format");
    assertThat(generic.get(0).getSchema().getEnum()).containsExactly("orders", "events");
    assertThat(orders.get(4).getSchema().getEnum()).containsExactly("json", "ndjson", "csv");
    assertThat(orders.get(6).getSchema().getItems().getPattern()).contains("like");
    assertThat(orders.get(5).getSchema().getItems().getPattern()).doesNotContain("like");
    @SuppressWarnings("unchecked")
    Map<String, Schema<?>> row = (Map<String, Schema<?>>) (Map<?, ?>) api.getComponents().getSchemas()
        .get("Row-orders").getProperties();
    assertThat(row.get("order_id").getType()).isEqualTo("integer");
    assertThat(row.get("placed_at").getFormat()).isEqualTo("date-time");
    assertThat(row.get("customer").getNullable()).isNull();
    assertThat(row.get("amount").getNullable()).isTrue();
    assertThat(api.getPaths().get("/data/orders").getGet().getResponses().get("200").getContent())
        .containsOnlyKeys("application/json", "application/x-ndjson", "text/csv");
    assertThat(api.getPaths().get("/data/orders").getGet().getResponses()).containsKeys("400", "404", "503", "default");
  }

  @Test
  void every_documented_filter_is_accepted_by_the_live_port() {
    OpenAPI api = new OpenAPIV3Parser().readContents(document.toString()).getOpenAPI();
    for (String object : List.of("orders", "events")) {
      for (Parameter p : api.getPaths().get("/data/" + object).getGet().getParameters()) {
        if (p.getSchema().getItems() != null) {
          HttpResponse<String> response = quantum.get("/data/" + object + "?" + p.getName() + "=is.null");
          assertThat(response.statusCode()).as(object + "." + p.getName() + ": " + response.body()).isEqualTo(200);
        }
      }
    }
    assertThat(quantum.get("/data/orders?order=is.null").statusCode())
        .as("order is reserved, so it is not documented as a filter").isEqualTo(400);
  }

  @Test
  void security_is_bearer_except_where_the_quantum_is_open() {
    JsonNode paths = document.get("paths");

    assertThat(document.get("security").toString()).isEqualTo("[{\"bearer\":[]}]");
    assertThat(paths.get("/discovery/descriptor").get("get").get("security").toString()).isEqualTo("[]");
    assertThat(paths.get("/").get("get").get("security").toString()).isEqualTo("[]");
    assertThat(paths.get("/observability/health").get("get").get("security").toString())
        .as("probes stay open when observability is closed").isEqualTo("[]");
    assertThat(paths.get("/data/orders").get("get").has("security")).isFalse();
    assertThat(paths.get("/observability/status").get("get").has("security"))
        .as("closed observability needs a token beyond the probes").isFalse();
    assertThat(paths.get("/control/state").get("put").has("security")).isFalse();
    assertThat(quantum.get("/observability/status").statusCode()).isEqualTo(401);
    assertThat(paths.get("/data/orders").get("get").get("responses").get("default").get("$ref").asText())
        .isEqualTo("#/components/responses/Problem");
  }

  private static List<String> names(List<Parameter> parameters) {
    return parameters.stream().map(Parameter::getName).toList();
  }
}
