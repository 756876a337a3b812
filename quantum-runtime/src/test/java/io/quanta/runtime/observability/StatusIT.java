package io.quanta.runtime.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.testing.Exposition;
import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestQuantum;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: clicks
      name: Clicks
      version: 2.1.0
      status: active
      schema:
        - name: events
          quality:
            - {metric: rowCount, mustBeGreaterThan: 0}
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
            - {name: happened_at, logicalType: timestamp}
        - name: snapshots
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
            - {name: taken_on, logicalType: date}
        - name: plain
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
      slaProperties:
        - {property: latency, value: 1, unit: h, element: events.happened_at}
        - {property: latency, value: 2, unit: days, element: snapshots.taken_on}
        - {property: frequency, value: 1, unit: d}
        - {property: retention, value: 3, unit: y}
        - {property: availability, value: 99.9, unit: percent}
      """;

  static final ObjectMapper JSON = new ObjectMapper();
  static TestQuantum quantum;

  @BeforeAll
  static void start(@TempDir Path dir) {
    quantum = TestQuantum.start(dir.resolve("clicks"), CONTRACT,
        "id: clicks\nobjects:\n  events: {freshnessColumn: happened_at}\n");
  }

  @AfterAll
  static void stop() {
    if (quantum != null) {
      quantum.close();
    }
  }

  @BeforeEach
  void empty() throws Exception {
    TestDatabase.execute(quantum.database(), "DELETE FROM events", "DELETE FROM snapshots");
  }

  @Test
  void an_empty_table_under_a_latency_promise_is_not_fresh() throws Exception {
    JsonNode events = object(status(), "events").get("freshness");

    assertThat(events.get("column").asText()).isEqualTo("happened_at");
    assertThat(events.get("lastUpdate").isNull()).isTrue();
    assertThat(events.get("ageSeconds").isNull()).isTrue();
    assertThat(events.get("slaSeconds").asLong()).isEqualTo(3600);
    assertThat(events.get("compliant").asBoolean()).isFalse();
  }

  @Test
  void old_rows_break_the_latency_promise() throws Exception {
    TestDatabase.execute(quantum.database(), "INSERT INTO events VALUES"
        + " (1, UTC_TIMESTAMP() - INTERVAL 5 HOUR), (2, UTC_TIMESTAMP() - INTERVAL 3 HOUR)",
        "INSERT INTO snapshots VALUES (1, UTC_DATE())");
    JsonNode status = status();
    JsonNode events = object(status, "events").get("freshness");

    assertThat(events.get("ageSeconds").asLong()).isCloseTo(3 * 3600, within(120L));
    assertThat(events.get("compliant").asBoolean()).isFalse();
    assertThat(object(status, "snapshots").get("freshness").get("compliant").asBoolean()).isTrue();
    assertThat(status.get("sla").get("compliant").asBoolean()).isFalse();
    JsonNode latency = status.get("sla").get("details").get(0);
    assertThat(latency.get("measured").asBoolean()).isTrue();
    assertThat(latency.get("compliant").asBoolean()).isFalse();
    assertThat(latency.get("objects").get(0).get("object").asText()).isEqualTo("events");
  }

  @Test
  void a_recent_row_keeps_the_latency_promise() throws Exception {
    TestDatabase.execute(quantum.database(), "INSERT INTO events VALUES"
        + " (1, UTC_TIMESTAMP() - INTERVAL 5 HOUR), (2, UTC_TIMESTAMP() - INTERVAL 5 MINUTE)",
        "INSERT INTO snapshots VALUES (1, UTC_DATE() - INTERVAL 1 DAY)");
    JsonNode status = status();
    JsonNode events = object(status, "events").get("freshness");

    assertThat(events.get("ageSeconds").asLong()).isCloseTo(300, within(120L));
    assertThat(events.get("lastUpdate").asText()).endsWith("Z");
    assertThat(events.get("compliant").asBoolean()).isTrue();
    assertThat(object(status, "snapshots").get("freshness").get("ageSeconds").asLong()).isGreaterThan(86_400);
    assertThat(status.get("sla").get("compliant").asBoolean()).isTrue();
  }

  @Test
  void takes_the_freshness_column_from_the_sla_element_and_indexes_it() throws Exception {
    assertThat(object(status(), "snapshots").get("freshness").get("column").asText()).isEqualTo("taken_on");
    assertThat(object(status(), "plain").get("freshness").isNull()).isTrue();
    assertThat(indexes("events")).contains("happened_at");
    assertThat(indexes("snapshots")).contains("taken_on");
  }

  @Test
  void reports_state_contract_rows_quality_sla_and_uptime() throws Exception {
    TestDatabase.execute(quantum.database(), "INSERT INTO events VALUES (1, UTC_TIMESTAMP()), (2, UTC_TIMESTAMP())");
    HttpRequest post = quantum.asOwner("/control/quality-checks").POST(HttpRequest.BodyPublishers.noBody()).build();
    String checkId = JSON.readTree(quantum.send(post).body()).get("checkId").asText();
    quantum.running().quantum().quality().completion(checkId).await();
    JsonNode status = status();

    assertThat(status.get("id").asText()).isEqualTo("clicks");
    assertThat(status.get("state").asText()).isEqualTo("active");
    assertThat(status.get("contract").get("id").asText()).isEqualTo("clicks");
    assertThat(status.get("contract").get("version").asText()).isEqualTo("2.1.0");
    assertThat(status.get("mode").asText()).isEqualTo("sidecar");
    JsonNode events = object(status, "events");
    assertThat(events.get("table").asText()).isEqualTo("events");
    assertThat(events.get("rowsEstimate").isNumber()).isTrue();
    assertThat(events.get("rowsCounted").asLong()).isEqualTo(2);
    assertThat(events.get("rowsCountedAt").asText()).isNotBlank();
    assertThat(object(status, "plain").get("rowsCounted").asLong()).isZero();
    JsonNode quality = status.get("quality");
    assertThat(quality.get("lastCheck").get("checkId").asText()).isEqualTo(checkId);
    assertThat(quality.get("pass").asInt()).isEqualTo(1);
    assertThat(quality.get("fail").asInt()).isZero();
    assertThat(status.get("uptimeSeconds").asLong()).isNotNegative();
    Map<String, JsonNode> sla = new HashMap<>();
    status.get("sla").get("details").forEach(d -> sla.putIfAbsent(d.get("property").asText(), d));
    assertThat(sla).containsKeys("latency", "frequency", "retention", "availability");
    assertThat(sla.get("retention").get("seconds").asLong()).isEqualTo(3L * 365 * 86_400);
    assertThat(sla.get("retention").get("measured").asBoolean()).isFalse();
    assertThat(sla.get("frequency").get("meaning").asText()).contains("how often");
    assertThat(sla.get("availability").get("seconds").isNull()).isTrue();
  }

  @Test
  void reports_the_lifecycle_state() throws Exception {
    Lifecycle lifecycle = quantum.running().quantum().lifecycle();
    try {
      lifecycle.change(Lifecycle.State.PAUSED, null, "maintenance", "test").await();
      assertThat(status().get("state").asText()).isEqualTo("paused");
    } finally {
      lifecycle.change(Lifecycle.State.ACTIVE, null, null, "test").await();
    }
  }

  @Test
  void exposes_prometheus_metrics_for_jvm_http_rows_freshness_and_sla() throws Exception {
    TestDatabase.execute(quantum.database(), "INSERT INTO events VALUES (1, UTC_TIMESTAMP() - INTERVAL 2 HOUR)");
    quantum.get("/data/events");
    quantum.get("/data/events?format=csv");
    quantum.get("/observability/status");

    HttpResponse<String> response = quantum.get("/observability/metrics");
    Map<String, Double> series = Exposition.series(response.body());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
    assertThat(series.get("quanta_freshness_age_seconds{object=\"events\"}")).isCloseTo(7200, within(120.0));
    assertThat(series.get("quanta_freshness_sla_seconds{object=\"events\"}")).isEqualTo(3600);
    assertThat(series.get("quanta_sla_compliant{object=\"events\"}")).isZero();
    assertThat(series.get("quanta_freshness_last_update_timestamp_seconds{object=\"events\"}"))
        .isCloseTo(System.currentTimeMillis() / 1000.0 - 7200, within(120.0));
    assertThat(series.get("quanta_freshness_age_seconds{object=\"snapshots\"}")).isNaN();
    assertThat(series.get("quanta_storage_up")).isEqualTo(1);
    assertThat(series.get("quanta_data_rows_served_total{format=\"json\",object=\"events\"}")).isEqualTo(1);
    assertThat(series.get("quanta_data_rows_served_total{format=\"csv\",object=\"events\"}")).isEqualTo(1);
    assertThat(series.keySet()).anyMatch(k -> k.startsWith("jvm_memory_used_bytes{"));
    assertThat(series.keySet()).anyMatch(k -> k.startsWith("jvm_threads_live_threads"));
    assertThat(series.keySet()).anyMatch(k -> k.startsWith("jvm_gc_"));
    assertThat(series.keySet()).anyMatch(k -> k.startsWith("system_cpu_count"));
    assertThat(series).containsKey("process_uptime_seconds");
    assertThat(series.get("vertx_http_server_requests_total{code=\"200\",method=\"GET\",route=\"/data/:object\"}"))
        .isEqualTo(2);
    assertThat(series.keySet()).filteredOn(k -> k.startsWith("vertx_http_server_requests_total"))
        .noneMatch(k -> k.contains("/data/events"));
  }

  static JsonNode status() throws Exception {
    HttpResponse<String> response = quantum.get("/observability/status");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static JsonNode object(JsonNode status, String name) {
    for (JsonNode o : status.get("objects")) {
      if (o.get("object").asText().equals(name)) {
        return o;
      }
    }
    throw new AssertionError("no object " + name + " in " + status);
  }

  static Set<String> indexes(String table) throws Exception {
    Set<String> columns = new HashSet<>();
    try (var c = TestDatabase.admin(quantum.database()); var s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW INDEX FROM `" + table + "`")) {
      while (rs.next()) {
        columns.add(rs.getString("Column_name"));
      }
    }
    return columns;
  }
}
