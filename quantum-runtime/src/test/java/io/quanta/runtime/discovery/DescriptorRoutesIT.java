package io.quanta.runtime.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quanta.runtime.discovery.Endpoints.Endpoint;
import io.quanta.runtime.testing.TestQuantum;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorRoutesIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static TestQuantum quantum;

  @BeforeAll
  static void start(@TempDir Path dir) {
    quantum = TestQuantum.start(dir.resolve("shop"), DiscoveryFixture.CONTRACT, DiscoveryFixture.QUANTUM);
  }

  @AfterAll
  static void stop() {
    if (quantum != null) {
      quantum.close();
    }
  }

  @Test
  void descriptor_is_valid_odps_in_json_and_yaml() throws Exception {
    HttpResponse<String> json = quantum.get("/discovery/descriptor", "Accept", "application/json");
    HttpResponse<String> yaml = quantum.get("/discovery/descriptor?format=yaml");
    HttpResponse<String> byDefault = quantum.get("/discovery/descriptor");

    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(yaml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
    assertThat(byDefault.body()).isEqualTo(yaml.body());
    JsonNode fromJson = JSON.readTree(json.body());
    JsonNode fromYaml = new YAMLMapper().readTree(yaml.body());
    assertThat(OdpsSchema.validate(fromJson)).isEmpty();
    assertThat(fromYaml).isEqualTo(fromJson);
  }

  @Test
  void describes_the_product_from_contract_and_lifecycle() throws Exception {
    JsonNode odps = descriptor();

    assertThat(odps.get("apiVersion").asText()).isEqualTo("v1.0.0");
    assertThat(odps.get("kind").asText()).isEqualTo("DataProduct");
    assertThat(odps.get("id").asText()).isEqualTo("shop-orders");
    assertThat(odps.get("name").asText()).isEqualTo("Orders of the web shop");
    assertThat(odps.get("version").asText()).isEqualTo("1.2.0");
    assertThat(odps.get("status").asText()).isEqualTo("active");
    assertThat(odps.get("domain").asText()).isEqualTo("sales");
    assertThat(odps.get("tenant").asText()).isEqualTo("retail");
    assertThat(odps.get("description").get("purpose").asText()).isEqualTo("Every order placed in the web shop.");
    assertThat(odps.get("tags").toString()).isEqualTo("[\"sales\",\"orders\"]");
    assertThat(odps.get("team").get("name").asText()).isEqualTo("shop-data");
    JsonNode members = odps.get("team").get("members");
    assertThat(members).hasSize(2);
    assertThat(members.get(0).get("role").asText()).isEqualTo("owner");
    assertThat(members.get(0).get("dateIn").asText()).isEqualTo("2024-01-15");
    assertThat(members.get(1).has("dateIn")).as("a date ODPS cannot hold is left out").isFalse();
    assertThat(odps.get("support")).hasSize(1);
    assertThat(odps.get("authoritativeDefinitions").get(0).get("url").asText())
        .isEqualTo(quantum.url("/discovery/contract"));
  }

  @Test
  void output_ports_name_the_contract_and_point_at_the_data() throws Exception {
    JsonNode ports = descriptor().get("outputPorts");

    assertThat(ports).hasSize(2);
    for (JsonNode port : ports) {
      assertThat(port.get("contractId").asText()).isEqualTo("shop-orders");
      assertThat(port.get("version").asText()).isEqualTo("1.2.0");
      assertThat(port.get("inputContracts").toString())
          .isEqualTo("[{\"id\":\"customers\",\"version\":\"2\"},{\"id\":\"payments\",\"version\":\"latest\"}]");
      String url = custom(port, "url");
      assertThat(url).isEqualTo(quantum.url("/data/" + port.get("name").asText()));
      assertThat(quantum.get(url.substring(quantum.url("").length())).statusCode()).isEqualTo(200);
    }
    assertThat(ports.get(0).get("name").asText()).isEqualTo("orders");
    assertThat(ports.get(1).get("name").asText()).isEqualTo("events");
  }

  @Test
  void input_ports_come_from_lineage_inputs_that_name_a_contract() throws Exception {
    JsonNode ports = descriptor().get("inputPorts");

    assertThat(ports).hasSize(2);
    assertThat(ports.get(0).get("name").asText()).isEqualTo("shop-customers");
    assertThat(ports.get(0).get("contractId").asText()).isEqualTo("customers");
    assertThat(ports.get(0).get("version").asText()).isEqualTo("2");
    assertThat(custom(ports.get(0), "url")).isEqualTo("http://customers:8081");
    assertThat(ports.get(1).get("name").asText()).isEqualTo("shop-payments");
    assertThat(ports.get(1).get("version").asText()).isEqualTo("latest");
  }

  @Test
  void management_ports_are_every_discovery_observability_and_control_endpoint() throws Exception {
    JsonNode ports = descriptor().get("managementPorts");
    List<Endpoint> routes = DiscoveryFixture.routes(quantum);

    Set<String> expected = routes.stream()
        .filter(e -> Set.of("discovery", "observability", "control").contains(e.area()) && !e.path().contains("{"))
        .map(e -> quantum.url(e.path())).collect(Collectors.toSet());
    List<String> urls = new ArrayList<>();
    ports.forEach(p -> urls.add(p.get("url").asText()));
    assertThat(urls).containsExactlyInAnyOrderElementsOf(expected)
        .contains(quantum.url("/discovery/descriptor"), quantum.url("/discovery/openapi"),
            quantum.url("/observability/health"), quantum.url("/control/state"), quantum.url("/control/access"));
    for (JsonNode port : ports) {
      String content = port.get("content").asText();
      assertThat(content).isIn("discoverability", "observability", "control");
      if (content.equals("discoverability") || content.equals("observability")) {
        assertThat(quantum.get(port.get("url").asText().substring(quantum.url("").length())).statusCode())
            .as(port.get("url").asText()).isEqualTo(200);
      }
    }
  }

  @Test
  void lineage_lists_inputs_and_output_objects() throws Exception {
    HttpResponse<String> response = quantum.get("/discovery/lineage");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode lineage = JSON.readTree(response.body());
    assertThat(lineage.get("quantum").asText()).isEqualTo("shop-orders");
    assertThat(lineage.get("inputs").toString()).isEqualTo("[{\"quantum\":\"shop-customers\","
        + "\"url\":\"http://customers:8081\",\"contract\":\"customers@2\"},"
        + "{\"quantum\":\"shop-payments\",\"contract\":\"payments\"},"
        + "{\"url\":\"http://legacy.example.com/export.csv\"}]");
    assertThat(lineage.get("outputs")).hasSize(2);
    assertThat(lineage.get("outputs").get(0).get("object").asText()).isEqualTo("orders");
    assertThat(lineage.get("outputs").get(0).get("url").asText()).isEqualTo(quantum.url("/data/orders"));
    assertThat(lineage.get("outputs").get(0).get("contract").asText()).isEqualTo("shop-orders@1.2.0");
  }

  @Test
  void root_links_the_discovery_endpoints() throws Exception {
    JsonNode root = JSON.readTree(quantum.get("/").body());

    List<String> paths = new ArrayList<>();
    root.get("links").forEach(l -> paths.add(l.get("path").asText()));
    assertThat(paths).contains("/discovery/contract", "/discovery/descriptor", "/discovery/lineage",
        "/discovery/openapi", "/data/{object}", "/data/{object}/{key}");
    assertThat(root.get("links").get(0).get("href").asText()).startsWith(quantum.url("/"));
  }

  private static JsonNode descriptor() throws Exception {
    HttpResponse<String> response = quantum.get("/discovery/descriptor?format=json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String custom(JsonNode port, String property) {
    for (JsonNode p : port.get("customProperties")) {
      if (p.get("property").asText().equals(property)) {
        return p.get("value").asText();
      }
    }
    throw new AssertionError("no custom property " + property + " in " + port);
  }
}
