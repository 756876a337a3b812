package io.quanta.runtime.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quanta.runtime.testing.TestQuantum;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quantum extends retail@1 (a local folder), which extends party@1 (only the dictionary has it). */
class EffectiveContractIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: shop-customers
      version: 1.0.0
      status: active
      customProperties:
        - {property: extends, value: "retail@1"}
      schema:
        - name: customers
          properties:
            - {name: customer_id, logicalType: integer, primaryKey: true, required: true}
            - {name: email, logicalType: string}
      """;
  static final String RETAIL = """
      apiVersion: v3.1.0
      kind: DataContract
      id: retail
      version: 1.2.0
      status: active
      customProperties:
        - {property: extends, value: "party@1"}
      schema:
        - name: customers
          properties:
            - {name: loyalty_tier, logicalType: string}
      """;
  static final String PARTY = """
      {"apiVersion": "v3.1.0", "kind": "DataContract", "id": "party", "version": "1.0.0", "status": "active",
       "domain": "customers",
       "schema": [{"name": "customers", "properties": [
         {"name": "customer_id", "logicalType": "integer", "primaryKey": true},
         {"name": "name", "logicalType": "string"}]}]}
      """;

  static final ObjectMapper JSON = new ObjectMapper();
  static FakeContractDictionary dictionary;
  static TestQuantum quantum;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    dictionary = FakeContractDictionary.start().holds("party", PARTY);
    Files.createDirectories(dir.resolve("shared"));
    Files.writeString(dir.resolve("shared").resolve("retail.odcs.yaml"), RETAIL);
    quantum = TestQuantum.start(dir.resolve("shop"), CONTRACT, "id: shop-customers\n"
        + "contracts: {path: [../shared]}\n"
        + "dictionary: {url: '" + dictionary.url() + "'}\n");
  }

  @AfterAll
  static void stop() {
    if (quantum != null) {
      quantum.close();
    }
    if (dictionary != null) {
      dictionary.close();
    }
  }

  @Test
  void resolves_the_chain_across_folders_and_the_dictionary_with_origins() throws Exception {
    HttpResponse<String> response = quantum.get("/discovery/contract?effective=true");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
    JsonNode effective = new YAMLMapper().readTree(response.body());
    assertThat(custom(effective, "inheritanceChain").toString())
        .isEqualTo("[\"shop-customers@1.0.0\",\"retail@1.2.0\",\"party@1.0.0\"]");
    assertThat(custom(effective, "extends")).as("extends is consumed").isNull();
    JsonNode properties = effective.get("schema").get(0).get("properties");
    List<String> names = new ArrayList<>();
    properties.forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).containsExactlyInAnyOrder("customer_id", "name", "loyalty_tier", "email");
    assertThat(custom(property(properties, "name"), "inheritedFrom").asText()).isEqualTo("party@1.0.0");
    assertThat(custom(property(properties, "loyalty_tier"), "inheritedFrom").asText()).isEqualTo("retail@1.2.0");
    assertThat(custom(property(properties, "customer_id"), "overrides").asText()).isEqualTo("party@1.0.0");
    assertThat(property(properties, "email").has("customProperties")).as("own elements carry no marker").isFalse();
  }

  @Test
  void answers_json_by_accept_and_the_raw_contract_without_effective() throws Exception {
    HttpResponse<String> yaml = quantum.get("/discovery/contract?effective=true");
    HttpResponse<String> json = quantum.get("/discovery/contract?effective=true", "Accept", "application/json");
    HttpResponse<String> raw = quantum.get("/discovery/contract?effective=false");

    assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(JSON.readTree(json.body())).isEqualTo(new YAMLMapper().readTree(yaml.body()));
    assertThat(raw.body()).isEqualTo(CONTRACT);
  }

  private static JsonNode property(JsonNode properties, String name) {
    for (JsonNode p : properties) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no property " + name);
  }

  private static JsonNode custom(JsonNode element, String property) {
    for (JsonNode p : element.path("customProperties")) {
      if (p.get("property").asText().equals(property)) {
        return p.get("value");
      }
    }
    return null;
  }
}
