package io.quanta.runtime.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanta.runtime.testing.Exposition;
import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestQuantum;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: shop-orders
      name: Shop orders
      version: 1.2.0
      status: active
      schema:
        - name: orders
          quality:
            - {id: enough-rows, metric: rowCount, mustBeGreaterOrEqualTo: 10, scheduler: cron, schedule: "0 20 * * *"}
            - {id: not-too-many, metric: rowCount, mustBeLessThan: 10, severity: warning}
            - {id: rows-between, metric: rowCount, mustBeBetween: [5, 10]}
            - {id: rows-not-between, metric: rowCount, mustNotBeBetween: [5, 10]}
            - {id: measured-only, metric: rowCount}
            - {id: tenant-status-dups, metric: duplicateValues, arguments: {properties: [tenant, status]}, mustBe: 4}
            - {id: tenant-status-dups-pct, metric: duplicateValues, arguments: {properties: [tenant, status]},
               unit: percent, mustBeLessThan: 10}
            - {id: negative-amounts, type: sql, query: "SELECT COUNT(*) FROM {object} WHERE amount < 0", mustBe: 0}
            - {id: refused, type: sql, query: "DELETE FROM {object}", mustBe: 0}
            - {id: soda, type: custom, engine: soda, implementation: "type: row_count"}
            - {id: slow, type: sql, query: "SELECT SLEEP(1)", mustBe: 0}
          properties:
            - {name: order_id, logicalType: integer, primaryKey: true}
            - {name: tenant, logicalType: string, logicalTypeOptions: {maxLength: 8}}
            - name: status
              logicalType: string
              logicalTypeOptions: {maxLength: 16}
              quality:
                - {id: status-valid, metric: invalidValues, arguments: {validValues: [open, closed]},
                   mustBeGreaterThan: 0}
                - {id: status-valid-pct, metric: invalidValues, arguments: {validValues: [open, closed]}, unit: percent,
                   mustBe: 0}
            - name: email
              logicalType: string
              logicalTypeOptions: {maxLength: 64}
              quality:
                - {id: email-nulls, metric: nullValues, mustBe: 2}
                - {id: email-nulls-pct, metric: nullValues, unit: percent, mustBeLessOrEqualTo: 10}
                - {id: email-missing, metric: missingValues, arguments: {missingValues: [null, '', 'N/A']},
                   mustNotBe: 4, severity: info}
                - {id: email-missing-default, metric: missingValues, mustBe: 3}
                - {id: email-format, metric: invalidValues, arguments: {pattern: '^[a-z]+@[a-z]+[.]io$'}, mustBe: 0}
                - {id: email-unique, metric: duplicateValues, mustBeLessThan: 1}
                - {id: email-dups-pct, metric: duplicateValues, unit: percent, mustBeLessOrEqualTo: 10}
            - name: amount
              logicalType: number
              physicalType: decimal(12,2)
              quality:
                - {id: amount-negative, type: sql, query: "SELECT COUNT(*) FROM {object} WHERE {property} < 0",
                   mustBeLessOrEqualTo: 1}
        - name: lines
          properties:
            - {name: line_id, logicalType: integer, primaryKey: true}
            - name: sku
              logicalType: string
              quality:
                - {id: sku-nulls, metric: nullValues, mustBe: 0}
                - {id: sku-nulls-pct, metric: nullValues, unit: percent, mustBe: 0}
      """;

  static final ObjectMapper JSON = new ObjectMapper();
  static TestQuantum quantum;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    quantum = TestQuantum.start(dir.resolve("shop"), CONTRACT, "id: quality-shop\nquality: {history: 2}\n");
    TestDatabase.execute(quantum.database(), "INSERT INTO orders VALUES"
        + " (1,'eu','open','a@x.io',10), (2,'eu','open','b@x.io',20), (3,'us','closed','',30),"
        + " (4,'us','bogus',NULL,-5), (5,'eu','open','N/A',50), (6,'eu','closed','a@x.io',60),"
        + " (7,'us','open','c@x.io',70), (8,'eu','open',NULL,80), (9,'eu',NULL,'d@x.io',90),"
        + " (10,'us','open','e@x.io',100)");
  }

  @AfterAll
  static void stop() {
    if (quantum != null) {
      quantum.close();
    }
  }

  @Test
  void measures_every_library_metric_and_judges_every_operator() throws Exception {
    Map<String, JsonNode> results = byRule(finished(check()).get("results"));

    expect(results, "enough-rows", 10, "pass");
    expect(results, "not-too-many", 10, "warn");
    expect(results, "rows-between", 10, "pass");
    expect(results, "rows-not-between", 10, "fail");
    expect(results, "tenant-status-dups", 4, "pass");
    expect(results, "tenant-status-dups-pct", 40, "fail");
    expect(results, "status-valid", 1, "pass");
    expect(results, "status-valid-pct", 10, "fail");
    expect(results, "email-nulls", 2, "pass");
    expect(results, "email-nulls-pct", 20, "fail");
    expect(results, "email-missing", 4, "warn");
    expect(results, "email-missing-default", 3, "pass");
    expect(results, "email-format", 2, "fail");
    expect(results, "email-unique", 1, "fail");
    expect(results, "email-dups-pct", 10, "pass");
    expect(results, "sku-nulls", 0, "pass");
    expect(results, "sku-nulls-pct", 0, "pass");
  }

  @Test
  void reports_threshold_unit_severity_and_why() throws Exception {
    Map<String, JsonNode> results = byRule(finished(check()).get("results"));

    JsonNode pct = results.get("email-nulls-pct");
    assertThat(pct.get("object").asText()).isEqualTo("orders");
    assertThat(pct.get("property").asText()).isEqualTo("email");
    assertThat(pct.get("metric").asText()).isEqualTo("nullValues");
    assertThat(pct.get("type").asText()).isEqualTo("library");
    assertThat(pct.get("unit").asText()).isEqualTo("percent");
    assertThat(pct.get("threshold").asText()).isEqualTo("<= 10");
    assertThat(pct.get("severity").asText()).isEqualTo("error");
    assertThat(pct.get("detail").asText()).isEqualTo("measured 20% (2 of 10 rows), expected <= 10");
    assertThat(pct.get("checkedAt").asText()).isNotBlank();
    assertThat(results.get("email-missing").get("severity").asText()).isEqualTo("info");
    assertThat(results.get("not-too-many").get("unit").asText()).isEqualTo("rows");
    JsonNode measuredOnly = results.get("measured-only");
    assertThat(measuredOnly.get("outcome").asText()).isEqualTo("pass");
    assertThat(measuredOnly.get("threshold").isNull()).isTrue();
    assertThat(measuredOnly.get("detail").asText()).contains("sets no threshold");
  }

  @Test
  void runs_sql_rules_refuses_writes_and_skips_custom_rules() throws Exception {
    Map<String, JsonNode> results = byRule(finished(check()).get("results"));

    expect(results, "negative-amounts", 1, "fail");
    expect(results, "amount-negative", 1, "pass");
    expect(results, "slow", 0, "pass");
    assertThat(results.get("negative-amounts").get("type").asText()).isEqualTo("sql");
    assertThat(results.get("negative-amounts").get("metric").isNull()).isTrue();
    assertThat(results.get("refused").get("outcome").asText()).isEqualTo("error");
    assertThat(results.get("refused").get("measured").isNull()).isTrue();
    assertThat(results.get("refused").get("detail").asText()).startsWith("refused").contains("DELETE");
    assertThat(results.get("soda").get("outcome").asText()).isEqualTo("skipped");
    assertThat(results.get("soda").get("detail").asText()).contains("soda");
    assertThat(count("SELECT COUNT(*) FROM orders")).isEqualTo(10);
  }

  @Test
  void scans_each_object_once_for_all_its_library_rules() throws Exception {
    JsonNode check = finished(check()).get("check");
    QualityPlan plan = quantum.running().quantum().quality().plan();
    long libraryRules = plan.rules().stream().filter(r -> r.type().equals("library")).count();

    assertThat(libraryRules).isEqualTo(18);
    // Two objects scanned once each, plus the three runnable sql rules.
    assertThat(check.get("statements").asInt()).isEqualTo(5);
    assertThat(check.get("status").asText()).isEqualTo("finished");
    assertThat(check.get("triggeredBy").asText()).isEqualTo("manual");
  }

  @Test
  void starts_a_check_in_the_background_with_202_and_a_location() throws Exception {
    HttpResponse<String> started = post("/control/quality-checks");

    assertThat(started.statusCode()).isEqualTo(202);
    JsonNode body = JSON.readTree(started.body());
    String id = body.get("checkId").asText();
    assertThat(body.get("status").asText()).isEqualTo("running");
    assertThat(started.headers().firstValue("Location")).hasValue("/observability/quality?check=" + id);
    JsonNode running = JSON.readTree(quantum.get("/observability/quality?check=" + id).body());
    assertThat(running.get("check").get("status").asText()).isEqualTo("running");
    assertThat(running.get("results")).isEmpty();
    JsonNode summary = JSON.readTree(quantum.get("/observability/quality").body()).get("summary");
    assertThat(summary.get("running").get("checkId").asText()).isEqualTo(id);
    JsonNode done = finished(id);
    assertThat(done.get("summary").get("rules").asInt()).isEqualTo(23);
    assertThat(done.get("results")).hasSize(23);
  }

  @Test
  void a_second_trigger_while_a_check_runs_joins_it() throws Exception {
    String first = check();
    HttpResponse<String> second = post("/control/quality-checks");

    assertThat(second.statusCode()).isEqualTo(202);
    assertThat(JSON.readTree(second.body()).get("checkId").asText()).isEqualTo(first);
    finished(first);
    assertThat(check()).isNotEqualTo(first);
  }

  @Test
  void keeps_history_per_rule_and_serves_the_last_n() throws Exception {
    for (int i = 0; i < 3; i++) {
      finished(check());
    }

    JsonNode latest = JSON.readTree(quantum.get("/observability/quality").body());
    JsonNode history = JSON.readTree(quantum.get("/observability/quality?history=5").body());
    JsonNode one = JSON.readTree(quantum.get("/observability/quality?history=1").body());

    assertThat(latest.get("history").asInt()).isEqualTo(1);
    assertThat(latest.get("results")).hasSize(23);
    assertThat(one.get("results")).hasSize(23);
    assertThat(history.get("history").asInt()).isEqualTo(5);
    assertThat(history.get("results")).hasSize(2 * 23);
    JsonNode first = history.get("results").get(0);
    JsonNode second = history.get("results").get(1);
    assertThat(first.get("ruleId").asText()).isEqualTo(second.get("ruleId").asText());
    assertThat(first.get("checkedAt").asText()).isGreaterThan(second.get("checkedAt").asText());
    assertThat(count("SELECT COUNT(*) FROM _quanta_quality_results WHERE rule_id = 'enough-rows'")).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM _quanta_quality_checks")).isEqualTo(2);
  }

  @Test
  void summarises_outcomes_and_schedules() throws Exception {
    finished(check());
    JsonNode summary = JSON.readTree(quantum.get("/observability/quality").body()).get("summary");

    assertThat(summary.get("rules").asInt()).isEqualTo(23);
    assertThat(summary.get("pass").asInt()).isEqualTo(12);
    assertThat(summary.get("warn").asInt()).isEqualTo(2);
    assertThat(summary.get("fail").asInt()).isEqualTo(7);
    assertThat(summary.get("skipped").asInt()).isEqualTo(1);
    assertThat(summary.get("error").asInt()).isEqualTo(1);
    assertThat(summary.get("notYetChecked").asInt()).isZero();
    assertThat(summary.get("lastCheck").get("status").asText()).isEqualTo("finished");
    assertThat(summary.get("schedules").get(0).asText()).isEqualTo("0 20 * * *");
    assertThat(summary.get("nextScheduledCheck").asText()).contains("T20:00");
  }

  @Test
  void exposes_rule_outcomes_and_measured_values_as_metrics() throws Exception {
    finished(check());

    Map<String, Double> series = Exposition.series(quantum.get("/observability/metrics").body());

    assertThat(series.get("quanta_quality_rule_outcome{object=\"orders\",outcome=\"fail\",rule=\"email-format\"}"))
        .isEqualTo(1);
    assertThat(series.get("quanta_quality_rule_outcome{object=\"orders\",outcome=\"pass\",rule=\"email-format\"}"))
        .isZero();
    assertThat(series.get("quanta_quality_rule_outcome{object=\"orders\",outcome=\"skipped\",rule=\"soda\"}"))
        .isEqualTo(1);
    assertThat(series.get("quanta_quality_measured_value{object=\"orders\",rule=\"email-nulls-pct\",unit=\"percent\"}"))
        .isEqualTo(20);
    assertThat(series.get("quanta_quality_checks_total{status=\"finished\",triggered_by=\"manual\"}")).isPositive();
    assertThat(series.get("quanta_quality_check_duration_seconds_count")).isPositive();
    assertThat(series.get("quanta_quality_last_check_timestamp_seconds"))
        .isGreaterThan(System.currentTimeMillis() / 1000.0 - 120);
  }

  static void expect(Map<String, JsonNode> results, String rule, double measured, String outcome) {
    JsonNode result = results.get(rule);
    assertThat(result).as(rule).isNotNull();
    assertThat(result.get("measured").asDouble()).as(rule + " measured").isEqualTo(measured);
    assertThat(result.get("outcome").asText()).as(rule + " " + result.get("detail")).isEqualTo(outcome);
  }

  static Map<String, JsonNode> byRule(JsonNode results) {
    Map<String, JsonNode> out = new HashMap<>();
    results.forEach(r -> out.put(r.get("ruleId").asText(), r));
    return out;
  }

  /** Starts a check and returns its id. */
  static String check() throws Exception {
    HttpResponse<String> response = post("/control/quality-checks");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body()).get("checkId").asText();
  }

  /** Polls the check until it is no longer running; returns its view. */
  static JsonNode finished(String checkId) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      HttpResponse<String> response = quantum.get("/observability/quality?check=" + checkId);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode view = JSON.readTree(response.body());
      if (!view.get("check").get("status").asText().equals("running")) {
        return view;
      }
      assertThat(System.currentTimeMillis()).as("check " + checkId + " still running").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  static HttpResponse<String> post(String path) {
    return quantum.send(quantum.asOwner(path).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  static long count(String sql) throws Exception {
    try (var c = TestDatabase.admin(quantum.database()); var s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
