package io.quanta.dictionary.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.testing.TestDictionary;
import io.quanta.dictionary.testing.TestMesh;
import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestQuantum;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCrawlIT {

  /** A contract of this id whose second column is named {@code column}. */
  static String orders(String id, String column) {
    return ORDERS.replace("id: shop-orders", "id: " + id).replace("coupon_code", column);
  }

  static final String ORDERS = """
      apiVersion: v3.1.0
      kind: DataContract
      id: shop-orders
      name: Shop orders
      version: 1.0.0
      status: active
      domain: sales
      tags: [orders]
      description:
        purpose: Every order placed in the web shop.
      team:
        name: shop
        members:
          - {username: olga, role: owner}
      schema:
        - name: orders
          description: One row per order.
          properties:
            - {name: order_id, logicalType: integer, primaryKey: true, description: The order number.}
            - {name: coupon_code, logicalType: string, classification: internal, description: The coupon used.}
            - {name: placed_at, logicalType: timestamp, required: true}
          quality:
            - {id: some_orders, metric: rowCount, mustBeGreaterThan: 0, severity: error}
      slaProperties:
        - {property: latency, value: 1, unit: d, element: orders.placed_at}
      """;

  static TestDictionary dictionary;

  @BeforeAll
  static void start(@TempDir Path dir) {
    dictionary = TestDictionary.start(dir.resolve("dictionary"), Map.of(), "crawler:\n  staleAfterSeconds: 4\n",
        io.quanta.dictionary.testing.TestElasticsearch.url());
  }

  @AfterAll
  static void stop() {
    if (dictionary != null) {
      dictionary.close();
    }
  }

  @Test
  void an_announced_quantum_is_crawled_at_once_and_found_by_a_column_name(@TempDir Path dir) throws Exception {
    try (TestQuantum quantum = TestMesh.quantum(dictionary, dir, "shop-orders", ORDERS)) {
      TestDatabase.execute(quantum.database(), "INSERT INTO orders VALUES (1, 'WELCOME', UTC_TIMESTAMP())");
      JsonNode found = dictionary.await("/api/search?q=coupon_code&kind=quantum", r -> r.path("total").asInt() == 1,
          Duration.ofSeconds(30));

      JsonNode hit = found.path("hits").get(0);
      assertThat(hit.path("id").asText()).isEqualTo("shop-orders");
      assertThat(hit.path("matchedFields").get(0).path("name").asText()).isEqualTo("coupon_code");
      JsonNode detail = dictionary.json("/api/quanta/shop-orders");
      assertThat(detail.path("url").asText()).isEqualTo(quantum.running().url());
      assertThat(detail.path("contract").path("version").asText()).isEqualTo("1.0.0");
      assertThat(detail.path("domain").asText()).isEqualTo("sales");
      assertThat(detail.path("owner").asText()).isEqualTo("olga");
      assertThat(detail.path("crawl").path("lastSeenAt").isTextual()).isTrue();
      assertThat(detail.path("lineage").path("outputs").get(0).path("object").asText()).isEqualTo("orders");
      assertThat(detail.path("observability").path("status").path("id").asText()).isEqualTo("shop-orders");
      assertThat(detail.path("descriptor").path("kind").asText()).isEqualTo("DataProduct");
    }
  }

  @Test
  void a_healthy_quantum_reports_freshness_and_quality(@TempDir Path dir) throws Exception {
    try (TestQuantum quantum = TestMesh.quantum(dictionary, dir, "shop-orders-fresh",
        orders("shop-orders-fresh", "gift_note"))) {
      TestDatabase.execute(quantum.database(), "INSERT INTO orders VALUES (1, NULL, UTC_TIMESTAMP())");
      quantum.send(quantum.asOwner("/control/quality-checks").POST(java.net.http.HttpRequest.BodyPublishers.noBody())
          .build());
      JsonNode detail = dictionary.await("/api/quanta/shop-orders-fresh",
          q -> "pass".equals(q.path("quality").path("status").asText()), Duration.ofSeconds(30));

      assertThat(detail.path("health").asText()).as(detail.toString()).isEqualTo("healthy");
      assertThat(detail.path("healthReasons")).isEmpty();
      assertThat(detail.path("freshness").path("compliant").asBoolean()).isTrue();
      assertThat(detail.path("freshness").path("slaSeconds").asLong()).isEqualTo(86_400);
      assertThat(detail.path("sla").path("compliant").asBoolean()).isTrue();
      // Searches and the mesh overview read what Elasticsearch has refreshed: up to a second behind a GET.
      JsonNode mesh = dictionary.await("/api/mesh/health", m -> m.toString().contains("\"quality\":{\"status\":\"pass\""),
          Duration.ofSeconds(10));
      JsonNode entry = null;
      for (JsonNode q : mesh.path("quanta")) {
        if (q.path("id").asText().equals("shop-orders-fresh")) {
          entry = q;
        }
      }
      assertThat(entry).isNotNull();
      assertThat(entry.path("reachable").asBoolean()).as(entry.toString()).isTrue();
      assertThat(entry.path("quality").path("status").asText()).isEqualTo("pass");
      assertThat(mesh.path("summary").path("quanta").asInt()).isEqualTo(mesh.path("quanta").size());
    }
  }

  @Test
  void a_quantum_that_goes_away_is_unreachable_then_stale_and_stays_searchable(@TempDir Path dir) {
    TestQuantum quantum = TestMesh.quantum(dictionary, dir, "shop-returns", orders("shop-returns", "return_reason"));
    try {
      dictionary.await("/api/quanta/shop-returns", q -> q.path("crawl").path("lastSeenAt").isTextual(),
          Duration.ofSeconds(30));
    } finally {
      quantum.close();
    }

    JsonNode unreachable = dictionary.await("/api/quanta/shop-returns",
        q -> !q.path("crawl").path("lastError").isNull() && q.path("crawl").path("failures").asInt() >= 1,
        Duration.ofSeconds(30));
    assertThat(unreachable.path("health").asText()).isIn("unreachable", "stale");
    assertThat(unreachable.path("crawl").path("lastError").asText()).contains("connection-refused");
    JsonNode stale = dictionary.await("/api/quanta/shop-returns", q -> "stale".equals(q.path("health").asText()),
        Duration.ofSeconds(30));
    assertThat(stale.path("contract").path("id").asText()).isEqualTo("shop-returns");
    JsonNode found = dictionary.await("/api/search?q=return_reason&health=stale", r -> r.path("total").asInt() > 0,
        Duration.ofSeconds(10));
    assertThat(found.path("total").asInt()).isEqualTo(1);
    assertThat(found.path("hits").get(0).path("health").asText()).isEqualTo("stale");
  }

  @Test
  void a_quantum_that_comes_back_is_crawled_again_at_its_next_heartbeat(@TempDir Path dir) {
    String contract = orders("shop-refunds", "refund_reason");
    TestQuantum first = TestMesh.quantum(dictionary, dir, "shop-refunds", contract);
    dictionary.await("/api/quanta/shop-refunds", q -> q.path("crawl").path("lastSeenAt").isTextual(),
        Duration.ofSeconds(30));
    first.close();
    dictionary.await("/api/quanta/shop-refunds", q -> q.path("crawl").path("failures").asInt() >= 1,
        Duration.ofSeconds(30));

    try (TestQuantum again = TestMesh.quantum(dictionary, dir, "shop-refunds", contract, null, false)) {
      JsonNode back = dictionary.await("/api/quanta/shop-refunds",
          q -> q.path("url").asText().equals(again.running().url()) && q.path("crawl").path("failures").asInt() == 0,
          Duration.ofSeconds(30));
      assertThat(back.path("health").asText()).isIn("healthy", "degraded");
    }
  }

  @Test
  void announcing_without_an_id_learns_it_from_the_quantum_and_delete_forgets_it(@TempDir Path dir) {
    TestQuantum quantum = TestMesh.quantum(dictionary, dir, "shop-vouchers", orders("shop-vouchers", "voucher_code"));
    String url = quantum.running().url();
    try {
      HttpResponse<String> announced = dictionary.announce(url, null);
      // 202: Elasticsearch refused for a moment (the log says why) and the spool registers it a few seconds later.
      assertThat(announced.statusCode()).isIn(200, 201, 202);
      if (announced.statusCode() != 202) {
        assertThat(TestDictionary.parse(announced.body()).path("id").asText()).isEqualTo("shop-vouchers");
      }
      dictionary.await("/api/quanta/shop-vouchers", q -> q.path("url").asText().equals(url), Duration.ofSeconds(30));
      dictionary.await("/api/search?q=voucher_code", r -> r.path("total").asInt() == 2, Duration.ofSeconds(30));
    } finally {
      quantum.close();
    }

    HttpResponse<String> deleted = dictionary.send(dictionary.signedIn("/api/quanta/shop-vouchers").DELETE().build());

    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(dictionary.get("/api/quanta/shop-vouchers").statusCode()).isEqualTo(404);
    JsonNode found = dictionary.await("/api/search?q=voucher_code", r -> r.path("total").asInt() == 1,
        Duration.ofSeconds(10));
    assertThat(found.path("hits").get(0).path("kind").asText()).isEqualTo("contract");
    assertThat(dictionary.send(dictionary.signedIn("/api/quanta/never-was").DELETE().build()).statusCode())
        .isEqualTo(404);
  }
}
