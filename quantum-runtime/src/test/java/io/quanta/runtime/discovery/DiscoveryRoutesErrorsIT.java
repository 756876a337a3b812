package io.quanta.runtime.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanta.runtime.testing.TestQuantum;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryRoutesErrorsIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static TestQuantum quantum;

  @BeforeAll
  static void start(@TempDir Path dir) {
    quantum = TestQuantum.start(dir.resolve("shop"), DiscoveryFixture.CONTRACT,
        "id: shop-orders\nserver: {publicUrl: 'https://quanta.example.com/shop/'}\n");
  }

  @AfterAll
  static void stop() {
    if (quantum != null) {
      quantum.close();
    }
  }

  @Test
  void rejects_an_unknown_descriptor_format_with_a_problem() throws Exception {
    HttpResponse<String> response = quantum.get("/discovery/descriptor?format=xml");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("code").asText()).isEqualTo("bad-format");
    assertThat(problem.get("detail").asText()).contains("yaml", "json");
  }

  @Test
  void answers_405_problem_for_writes_to_discovery() throws Exception {
    HttpResponse<String> response = quantum.send(HttpRequest.newBuilder(URI.create(quantum.url("/discovery/openapi")))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("method-not-allowed");
  }

  @Test
  void links_use_the_configured_public_url() throws Exception {
    JsonNode descriptor = JSON.readTree(quantum.get("/discovery/descriptor?format=json").body());
    JsonNode openapi = JSON.readTree(quantum.get("/discovery/openapi").body());

    assertThat(descriptor.get("managementPorts").get(0).get("url").asText())
        .startsWith("https://quanta.example.com/shop/");
    assertThat(descriptor.get("outputPorts").get(0).get("customProperties").get(0).get("value").asText())
        .isEqualTo("https://quanta.example.com/shop/data/orders");
    assertThat(openapi.get("servers").get(0).get("url").asText()).isEqualTo("https://quanta.example.com/shop");
  }

  @Test
  void lineage_without_inputs_is_an_empty_list() throws Exception {
    JsonNode lineage = JSON.readTree(quantum.get("/discovery/lineage").body());

    assertThat(lineage.get("inputs")).isEmpty();
    assertThat(lineage.get("outputs")).hasSize(2);
    assertThat(JSON.readTree(quantum.get("/discovery/descriptor?format=json").body()).has("inputPorts")).isFalse();
  }
}
