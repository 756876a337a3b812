package io.quanta.runtime.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanta.runtime.testing.TestQuantum;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One quantum extending party@1; each test puts its own parents in the shared folder (read per request). */
class EffectiveContractErrorsIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: shop-customers
      version: 1.0.0
      status: active
      customProperties:
        - {property: extends, value: "party@1"}
      schema:
        - name: customers
          properties:
            - {name: name, logicalType: string}
      """;

  static final ObjectMapper JSON = new ObjectMapper();
  static Path shared;
  static TestQuantum quantum;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    shared = Files.createDirectories(dir.resolve("shared"));
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    quantum = TestQuantum.start(dir.resolve("shop"), CONTRACT, "id: shop-customers\n"
        + "contracts: {path: [../shared]}\n"
        + "dictionary: {url: 'http://127.0.0.1:" + closed + "'}\n");
  }

  @AfterAll
  static void stop() {
    if (quantum != null) {
      quantum.close();
    }
  }

  @Test
  void rejects_an_effective_value_that_is_not_a_boolean() throws Exception {
    HttpResponse<String> response = quantum.get("/discovery/contract?effective=maybe");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("bad-parameter");
  }

  @Test
  void a_missing_parent_is_422_naming_the_chain_and_the_unreachable_dictionary() throws Exception {
    parents();

    JsonNode problem = unresolvable();
    List<String> codes = codes(problem);

    assertThat(codes).contains("parent-missing", "dictionary-unreachable");
    JsonNode missing = finding(problem, "parent-missing");
    assertThat(missing.get("message").asText()).contains("shop-customers@1.0.0 extends party@1");
    assertThat(missing.get("source").asText()).as("relative to the quantum's folder").isEqualTo("contract.odcs.yaml");
    assertThat(missing.get("line").asInt()).isPositive();
    assertThat(problem.get("detail").asText()).contains("shop-customers", "cannot be resolved");
  }

  @Test
  void a_cycle_is_422_naming_the_cycle() throws Exception {
    parents("party.odcs.yaml", parent("party", "x@1", "string"), "x.odcs.yaml", parent("x", "party@1", "string"));

    JsonNode cycle = finding(unresolvable(), "inheritance-cycle");

    assertThat(cycle.get("message").asText()).contains("party@1.0.0 → x@1.0.0 → party@1.0.0");
    assertThat(cycle.get("source").asText()).startsWith("../shared/");
  }

  @Test
  void an_illegal_override_is_422() throws Exception {
    parents("party.odcs.yaml", parent("party", null, "integer"));

    List<String> codes = codes(unresolvable());

    assertThat(codes).anyMatch(code -> code.startsWith("override-"));
  }

  @Test
  void resolves_once_the_parent_is_there() throws Exception {
    parents("party.odcs.yaml", parent("party", null, "string"));

    assertThat(quantum.get("/discovery/contract?effective=true").statusCode()).isEqualTo(200);
  }

  private static JsonNode unresolvable() throws Exception {
    HttpResponse<String> response = quantum.get("/discovery/contract?effective=true");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("code").asText()).isEqualTo("unresolvable-inheritance");
    assertThat(response.body()).doesNotContain(shared.toAbsolutePath().toString());
    return problem;
  }

  private static List<String> codes(JsonNode problem) {
    List<String> codes = new ArrayList<>();
    problem.get("findings").forEach(f -> codes.add(f.get("code").asText()));
    return codes;
  }

  private static JsonNode finding(JsonNode problem, String code) {
    for (JsonNode f : problem.get("findings")) {
      if (f.get("code").asText().equals(code)) {
        return f;
      }
    }
    throw new AssertionError("no " + code + " finding in " + problem);
  }

  private static String parent(String id, String extendsValue, String nameType) {
    return "apiVersion: v3.1.0\nkind: DataContract\nid: " + id + "\nversion: 1.0.0\nstatus: active\n"
        + (extendsValue == null ? "" : "customProperties:\n  - {property: extends, value: \"" + extendsValue + "\"}\n")
        + "schema:\n  - name: customers\n    properties:\n      - {name: name, logicalType: " + nameType + "}\n";
  }

  /** Replaces the shared folder's files with these (name, text) pairs. */
  private static void parents(String... files) throws IOException {
    try (Stream<Path> old = Files.list(shared)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(shared.resolve(files[i]), files[i + 1]);
    }
  }
}
