package io.quanta.runtime.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestQuantum;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityErrorsIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: fragile
      version: 1.0.0
      status: active
      schema:
        - name: items
          quality:
            - {id: too-slow, type: sql, query: "SELECT SLEEP(3)", mustBe: 0}
            - {id: text-value, type: sql, query: "SELECT 'many'", mustBe: 0}
            - {id: null-value, type: sql, query: "SELECT NULL", mustBe: 0}
            - {id: two-columns, type: sql, query: "SELECT 1, 2", mustBe: 0}
            - {id: many-rows, type: sql, query: "SELECT id FROM {object}", mustBe: 0}
            - {id: no-row, type: sql, query: "SELECT id FROM {object} WHERE 1 = 0", mustBe: 0}
            - {id: bad-column, type: sql, query: "SELECT COUNT(*) FROM {object} WHERE nope = 1", mustBe: 0}
            - {id: truth, type: sql, query: "SELECT COUNT(*) > 0 FROM {object}", mustBe: true}
            - {id: sneaky, type: sql, query: "SELECT sneaky()", mustBe: 1}
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
            - name: label
              logicalType: string
              quality:
                - {id: label-java-pattern, metric: invalidValues, arguments: {pattern: '^\\p{javaLowerCase}+$'},
                   mustBe: 0}
                - {id: label-nulls, metric: nullValues, mustBe: 1}
      """;

  static final ObjectMapper JSON = new ObjectMapper();
  static TestQuantum quantum;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    quantum = TestQuantum.start(dir.resolve("fragile"), CONTRACT,
        "id: fragile\nquality: {history: 3, queryTimeoutSeconds: 1}\n");
    TestDatabase.execute(quantum.database(), "INSERT INTO items VALUES (1, 'a'), (2, NULL)",
        "CREATE FUNCTION sneaky() RETURNS INT MODIFIES SQL DATA"
            + " BEGIN INSERT INTO items VALUES (99, 'x'); RETURN 1; END");
  }

  @AfterAll
  static void stop() {
    if (quantum != null) {
      quantum.close();
    }
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "/observability/quality?history=0|400|bad-history",
      "/observability/quality?history=1001|400|bad-history",
      "/observability/quality?history=-1|400|bad-history",
      "/observability/quality?history=abc|400|bad-history",
      "/observability/quality?history=1.5|400|bad-history",
      "/observability/quality?history=|400|bad-history",
      "/observability/quality?history=99999999999|400|bad-history",
      "/observability/quality?history=1&history=2|400|repeated-parameter",
      "/observability/quality?check=a&check=b|400|repeated-parameter",
      "/observability/quality?check=x&history=2|400|conflicting-parameters",
      "/observability/quality?check=20240101T000000Z-abcdef|404|unknown-check",
      "/control/quality-checks|405|method-not-allowed"})
  void answers_problem_json(String path, int status, String code) throws Exception {
    HttpResponse<String> response = quantum.send(quantum.asOwner(path).GET().build());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("code").asText()).isEqualTo(code);
    assertThat(problem.get("detail").asText()).isNotBlank();
  }

  @Test
  void reports_each_unusable_query_answer_as_an_error_of_its_rule() throws Exception {
    String id = quantum.running().quantum().quality().trigger("manual").checkId();
    CheckRun check = quantum.running().quantum().quality().completion(id).await();
    Map<String, JsonNode> results = QualityIT.byRule(JSON.readTree(
        quantum.get("/observability/quality?check=" + id).body()).get("results"));

    assertThat(check.status()).isEqualTo(CheckRun.Status.FINISHED);
    assertThat(detail(results, "too-slow")).isEqualTo("the query did not finish within 1 s"
        + " (quality.queryTimeoutSeconds)");
    assertThat(detail(results, "text-value")).isEqualTo("the query returned text, not a number");
    assertThat(detail(results, "null-value")).contains("returned NULL");
    assertThat(detail(results, "two-columns")).contains("returned 2 columns");
    assertThat(detail(results, "many-rows")).contains("several rows");
    assertThat(detail(results, "no-row")).contains("no row");
    assertThat(detail(results, "bad-column")).startsWith("the database refused the query: ").contains("nope");
    assertThat(results.get("truth").get("outcome").asText()).isEqualTo("pass");
    assertThat(results.get("truth").get("measured").asDouble()).isEqualTo(1);
  }

  @Test
  void runs_queries_read_only_so_a_writing_function_the_guard_cannot_see_fails() throws Exception {
    String id = quantum.running().quantum().quality().trigger("manual").checkId();
    quantum.running().quantum().quality().completion(id).await();
    Map<String, JsonNode> results = QualityIT.byRule(JSON.readTree(
        quantum.get("/observability/quality?check=" + id).body()).get("results"));

    assertThat(detail(results, "sneaky")).startsWith("the database refused the query: ")
        .containsIgnoringCase("read only");
    assertThat(JSON.readTree(quantum.get("/data/items").body())).hasSize(2);
  }

  @Test
  void a_rule_the_database_rejects_does_not_hide_the_others_of_its_scan() throws Exception {
    String id = quantum.running().quantum().quality().trigger("manual").checkId();
    quantum.running().quantum().quality().completion(id).await();
    Map<String, JsonNode> results = QualityIT.byRule(JSON.readTree(
        quantum.get("/observability/quality?check=" + id).body()).get("results"));

    assertThat(detail(results, "label-java-pattern")).startsWith("the database refused the query: ");
    assertThat(results.get("label-nulls").get("outcome").asText()).isEqualTo("pass");
    assertThat(results.get("label-nulls").get("measured").asDouble()).isEqualTo(1);
  }

  @Test
  void refuses_a_wrong_schedule_a_non_time_freshness_column_and_a_zero_timeout_at_start(@TempDir Path dir) {
    String contract = """
        apiVersion: v3.1.0
        kind: DataContract
        id: bad
        version: 1.0.0
        status: active
        schema: [{name: t, properties: [{name: id, logicalType: integer}]}]
        """;

    assertThatThrownBy(() -> TestQuantum.start(dir.resolve("a"), contract,
        "id: bad-a\nquality: {schedule: '0 25 * * *'}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("quality.schedule in quantum.yaml");
    assertThatThrownBy(() -> TestQuantum.start(dir.resolve("b"), contract,
        "id: bad-b\nobjects: {t: {freshnessColumn: id}}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("must be a date or timestamp column");
    assertThatThrownBy(() -> TestQuantum.start(dir.resolve("c"), contract,
        "id: bad-c\nquality: {queryTimeoutSeconds: 0}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("quality.queryTimeoutSeconds must be greater than 0");
  }

  static String detail(Map<String, JsonNode> results, String rule) {
    JsonNode result = results.get(rule);
    assertThat(result).as(rule).isNotNull();
    assertThat(result.get("outcome").asText()).as(rule + ": " + result).isEqualTo("error");
    return result.get("detail").asText();
  }
}
