package io.quanta.dictionary.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.testing.TestDictionary;
import io.quanta.dictionary.testing.TestMesh;
import io.quanta.runtime.testing.TestQuantum;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real quanta in a line: raw-orders → clean-orders (names its input by quantum id) → order-report (names
 * its input by URL, plus a legacy system no quantum serves).
 */
class LineageIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: %s
      version: 1.0.0
      status: active
      domain: sales
      schema:
        - name: %s
          properties:
            - {name: order_id, logicalType: integer, primaryKey: true}
      """;

  static TestDictionary dictionary;
  static TestQuantum raw;
  static TestQuantum clean;
  static TestQuantum report;

  @BeforeAll
  static void start(@TempDir Path dir) {
    dictionary = TestDictionary.start(dir.resolve("dictionary"), Map.of());
    raw = TestMesh.quantum(dictionary, dir, "raw-orders", CONTRACT.formatted("raw-orders", "raw"));
    clean = TestMesh.quantum(dictionary, dir, "clean-orders", CONTRACT.formatted("clean-orders", "clean"),
        "lineage:\n  - {quantum: raw-orders, contract: raw-orders@1}\n", true);
    report = TestMesh.quantum(dictionary, dir, "order-report", CONTRACT.formatted("order-report", "report"),
        "lineage:\n  - {url: '" + clean.running().url() + "/'}\n  - {url: 'http://legacy.example:9000'}\n", true);
    for (String id : new String[] {"raw-orders", "clean-orders", "order-report"}) {
      dictionary.await("/api/quanta/" + id, q -> q.path("crawl").path("lastSeenAt").isTextual(),
          Duration.ofSeconds(30));
    }
    dictionary.await("/api/quanta?size=10", q -> q.path("total").asInt() == 3, Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() {
    for (TestQuantum q : new TestQuantum[] {report, clean, raw}) {
      if (q != null) {
        q.close();
      }
    }
    if (dictionary != null) {
      dictionary.close();
    }
  }

  @Test
  void upstream_of_the_report_reaches_the_raw_orders_and_the_legacy_system() {
    JsonNode graph = dictionary.await("/api/lineage?quantum=order-report&direction=up",
        g -> g.path("nodes").size() == 4, Duration.ofSeconds(10));

    Map<String, Integer> levels = levels(graph);
    assertThat(levels).containsEntry("order-report", 0).containsEntry("clean-orders", -1)
        .containsEntry("raw-orders", -2).containsEntry("http://legacy.example:9000", -1);
    assertThat(graph.toString()).contains("\"from\":\"raw-orders\",\"to\":\"clean-orders\",\"contract\":\"raw-orders@1\"",
        "\"from\":\"clean-orders\",\"to\":\"order-report\"");
    assertThat(kind(graph, "http://legacy.example:9000")).isEqualTo("external");
  }

  @Test
  void downstream_of_the_raw_orders_reaches_the_report() {
    JsonNode graph = dictionary.await("/api/lineage?quantum=raw-orders&direction=down",
        g -> g.path("nodes").size() == 3, Duration.ofSeconds(10));

    assertThat(levels(graph)).containsEntry("raw-orders", 0).containsEntry("clean-orders", 1)
        .containsEntry("order-report", 2);
    assertThat(graph.path("edges")).hasSize(2);
  }

  @Test
  void both_directions_around_the_middle_with_a_depth_limit() {
    JsonNode graph = dictionary.await("/api/lineage?quantum=clean-orders&depth=1", g -> g.path("nodes").size() == 3,
        Duration.ofSeconds(10));

    assertThat(levels(graph)).containsOnlyKeys("clean-orders", "raw-orders", "order-report");
    JsonNode node = graph.path("nodes").get(0);
    assertThat(node.path("health").asText()).isNotBlank();
    assertThat(node.path("contract").asText()).isEqualTo("clean-orders@1.0.0");
  }

  private static Map<String, Integer> levels(JsonNode graph) {
    Map<String, Integer> out = new TreeMap<>();
    graph.path("nodes").forEach(n -> out.put(n.path("id").asText(), n.path("level").asInt()));
    return out;
  }

  private static String kind(JsonNode graph, String id) {
    for (JsonNode n : graph.path("nodes")) {
      if (n.path("id").asText().equals(id)) {
        return n.path("kind").asText();
      }
    }
    return null;
  }
}
