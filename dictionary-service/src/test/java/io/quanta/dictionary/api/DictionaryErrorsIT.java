package io.quanta.dictionary.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.testing.TestDictionary;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and mistaken requests answer 4xx problems with stable codes, never 500; the OpenAPI document is exact. */
class DictionaryErrorsIT {

  static TestDictionary dictionary;

  @BeforeAll
  static void start(@TempDir Path dir) {
    dictionary = TestDictionary.start(dir.resolve("dictionary"), Map.of());
  }

  @AfterAll
  static void stop() {
    if (dictionary != null) {
      dictionary.close();
    }
  }

  @Test
  void search_parameters_out_of_range_answer_400_with_a_code() {
    assertProblem("/api/search?size=100000", 400, "bad-size");
    assertProblem("/api/search?size=0", 400, "bad-size");
    assertProblem("/api/search?size=-1", 400, "bad-size");
    assertProblem("/api/search?page=0", 400, "bad-page");
    assertProblem("/api/search?page=99999999999", 400, "bad-page");
    assertProblem("/api/search?page=200&size=100", 400, "page-too-deep");
    assertProblem("/api/search?size=abc", 400, "bad-size");
    assertProblem("/api/search?q=" + "x".repeat(201), 400, "parameter-too-long");
    assertProblem("/api/search?q=a&q=b", 400, "repeated-parameter");
    assertProblem("/api/search?sort=name", 400, "unknown-parameter");
    assertProblem("/api/search?" + "domain=x&".repeat(21), 400, "too-many-values");
    assertProblem("/api/search?tag=" + "t".repeat(129), 400, "parameter-too-long");
  }

  @Test
  void the_deepest_page_allowed_answers() {
    assertThat(dictionary.get("/api/search?page=100&size=100").statusCode()).isEqualTo(200);
    assertThat(dictionary.get("/api/search?q=%00%01%ff").statusCode()).isIn(200, 400);
    assertThat(dictionary.get("/api/search?q=%C3%A9t%C3%A9+%E2%80%94+%F0%9F%98%80").statusCode()).isEqualTo(200);
  }

  @Test
  void other_read_parameters_are_checked() {
    assertProblem("/api/suggest", 400, "missing-q");
    assertProblem("/api/suggest?q=a&size=21", 400, "bad-size");
    assertProblem("/api/lineage", 400, "missing-quantum");
    assertProblem("/api/lineage?quantum=x&depth=11", 400, "bad-depth");
    assertProblem("/api/lineage?quantum=x&direction=sideways", 400, "bad-direction");
    assertProblem("/api/lineage?quantum=nobody", 404, "unknown-quantum");
    assertProblem("/api/quanta?size=1000", 400, "bad-size");
    assertProblem("/api/quanta/" + "x".repeat(300), 404, "unknown-quantum");
    assertProblem("/api/quanta/Not%20An%20Id", 404, "unknown-quantum");
    assertProblem("/api/contracts/nobody", 404, "unknown-contract");
    assertProblem("/api/contracts/nobody/effective", 404, "unknown-contract");
    assertProblem("/api/contracts/nobody/descendants", 404, "unknown-contract");
    assertProblem("/api/contracts/nobody/descendants?size=10001", 400, "bad-size");
    assertProblem("/api/contracts/nobody/descendants?allVersions=maybe", 400, "bad-parameter");
    assertProblem("/api/governance/policies?format=xml", 400, "bad-format");
    assertProblem("/api/mesh/health?x=1", 400, "unknown-parameter");
    assertProblem("/nowhere", 404, "not-found");
  }

  @Test
  void writes_need_a_valid_token() {
    HttpResponse<String> anonymous = dictionary.send(HttpRequest.newBuilder(java.net.URI.create(dictionary.url()
        + "/api/quanta")).POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"http://x\"}")).build());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(code(anonymous)).isEqualTo("unauthenticated");

    HttpResponse<String> forged = dictionary.send(HttpRequest.newBuilder(java.net.URI.create(dictionary.url()
        + "/api/contracts/x")).header("Authorization", "Bearer not-a-token")
        .PUT(HttpRequest.BodyPublishers.ofString("id: x")).build());
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(code(forged)).isEqualTo("invalid-token");
    assertThat(forged.body()).doesNotContain("not-a-token");

    HttpResponse<String> delete = dictionary.send(HttpRequest.newBuilder(java.net.URI.create(dictionary.url()
        + "/api/quanta/x")).DELETE().build());
    assertThat(delete.statusCode()).isEqualTo(401);
  }

  @Test
  void bad_announcements_and_publications_answer_4xx() {
    assertThat(code(post("/api/quanta", "not json"))).isEqualTo("bad-announcement");
    assertThat(code(post("/api/quanta", "{}"))).isEqualTo("bad-announcement");
    assertThat(code(post("/api/quanta", "{\"url\":\"ftp://x\"}"))).isEqualTo("bad-announcement");
    assertThat(code(post("/api/quanta", "{\"url\":\"http://x\",\"id\":\"Bad Id\"}"))).isEqualTo("bad-announcement");
    assertThat(code(post("/api/quanta", "[1,2]"))).isEqualTo("bad-announcement");
    HttpResponse<String> nobody = post("/api/quanta", "{\"url\":\"http://127.0.0.1:9\"}");
    assertThat(nobody.statusCode()).isEqualTo(422);
    assertThat(code(nobody)).isEqualTo("quantum-unreachable");
    HttpResponse<String> huge = post("/api/quanta", "{\"url\":\"http://x\",\"pad\":\"" + "x".repeat(20_000) + "\"}");
    assertThat(huge.statusCode()).isEqualTo(413);

    HttpResponse<String> text = dictionary.send(dictionary.signedIn("/api/contracts/x")
        .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("id: x")).build());
    assertThat(text.statusCode()).isEqualTo(415);
    HttpResponse<String> garbage = dictionary.publish("x", "{{{{ not: yaml");
    assertThat(garbage.statusCode()).isEqualTo(422);
    assertThat(code(garbage)).isEqualTo("invalid-contract");
  }

  @Test
  void the_api_index_and_the_openapi_document_list_exactly_the_routes() {
    JsonNode index = dictionary.json("/api");
    Map<String, TreeSet<String>> routes = new TreeMap<>();
    index.path("links").forEach(l -> {
      TreeSet<String> methods = new TreeSet<>();
      l.path("methods").forEach(m -> methods.add(m.asText().toLowerCase()));
      routes.put(l.path("path").asText(), methods);
    });

    JsonNode openapi = dictionary.json("/api/openapi");
    Map<String, TreeSet<String>> documented = new TreeMap<>();
    openapi.path("paths").fields().forEachRemaining(e -> {
      TreeSet<String> methods = new TreeSet<>();
      e.getValue().fieldNames().forEachRemaining(m -> {
        if (!m.equals("parameters")) {
          methods.add(m);
        }
      });
      documented.put(e.getKey(), methods);
    });
    assertThat(documented).isEqualTo(routes);

    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(dictionary.get("/api/openapi?format=yaml").body());
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getPaths()).hasSize(routes.size());
  }

  @Test
  void the_global_policy_set_is_served_in_the_file_format() {
    JsonNode policies = dictionary.json("/api/governance/policies");

    assertThat(policies.path("kind").asText()).isEqualTo("PolicySet");
    assertThat(policies.path("level").asText()).isEqualTo("global");
    assertThat(policies.path("name").asText()).isEqualTo("enterprise-defaults");
    assertThat(io.quanta.contract.governance.PolicySets.read("dictionary", policies.toString()).hasErrors()).isFalse();
    assertThat(dictionary.get("/api/governance/policies?format=yaml").body()).contains("kind: PolicySet");
  }

  private static HttpResponse<String> post(String path, String body) {
    return dictionary.send(dictionary.signedIn(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static void assertProblem(String path, int status, String code) {
    HttpResponse<String> response = dictionary.get(path);
    assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(code(response)).as(path).isEqualTo(code);
  }

  private static String code(HttpResponse<String> response) {
    return TestDictionary.parse(response.body()).path("code").asText();
  }
}
