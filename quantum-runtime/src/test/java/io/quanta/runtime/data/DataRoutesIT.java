package io.quanta.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestQuantum;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataRoutesIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: shop-orders
      name: Shop orders
      version: 1.0.0
      status: active
      domain: sales
      schema:
        - name: orders
          properties:
            - {name: order_id, logicalType: integer, primaryKey: true}
            - {name: customer, logicalType: string, logicalTypeOptions: {maxLength: 64}, required: true}
            - {name: amount, logicalType: number, physicalType: "decimal(12,2)"}
            - {name: paid, logicalType: boolean}
            - {name: note, logicalType: string}
            - {name: placed_at, logicalType: timestamp}
        - name: lines
          properties:
            - {name: order_id, logicalType: integer, primaryKey: true, primaryKeyPosition: 1}
            - {name: line_no, logicalType: integer, primaryKey: true, primaryKeyPosition: 2}
            - {name: sku, logicalType: string}
      """;

  static final ObjectMapper JSON = new ObjectMapper();
  static TestQuantum quantum;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    quantum = TestQuantum.start(dir.resolve("shop"), CONTRACT, "id: shop-orders\n");
    TestDatabase.execute(quantum.database(),
        "INSERT INTO orders VALUES (1,'alice',10.50,1,'first, \"quoted\"','2024-01-31 12:00:00'),"
            + "(2,'bob',20.00,0,NULL,'2024-02-01 08:30:00'),(3,'carol',5.25,NULL,'line\\nbreak',NULL),"
            + "(4,'dave',99.99,1,'x',NULL)",
        "INSERT INTO `lines` VALUES (1,1,'a'),(1,2,'b'),(2,1,'c'),(3,1,'d')");
  }

  @AfterAll
  static void stop() {
    if (quantum != null) {
      quantum.close();
    }
  }

  @Test
  void serves_a_json_array_in_key_order_by_default() throws Exception {
    HttpResponse<String> response = quantum.get("/data/orders");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode rows = JSON.readTree(response.body());
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).get("order_id").asInt()).isEqualTo(1);
    assertThat(rows.get(0).get("amount").decimalValue()).isEqualByComparingTo("10.50");
    assertThat(rows.get(0).get("paid").asBoolean()).isTrue();
    assertThat(rows.get(0).get("note").asText()).isEqualTo("first, \"quoted\"");
    assertThat(rows.get(0).get("placed_at").asText()).startsWith("2024-01-31T12:00:00");
    assertThat(rows.get(1).get("note").isNull()).isTrue();
    assertThat(rows.get(2).get("note").asText()).isEqualTo("line\nbreak");
  }

  @Test
  void serves_csv_with_quoting_by_format_or_accept() {
    HttpResponse<String> byParam = quantum.get("/data/orders?format=csv&select=order_id,note&order_id=lte.3");
    HttpResponse<String> byAccept = quantum.get("/data/orders?select=order_id,note&order_id=lte.3", "Accept", "text/csv");

    assertThat(byParam.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(byParam.body()).isEqualTo("order_id,note\n1,\"first, \"\"quoted\"\"\"\n2,\n3,\"line\nbreak\"\n");
    assertThat(byAccept.body()).isEqualTo(byParam.body());
  }

  @Test
  void serves_ndjson_one_object_per_line() throws Exception {
    HttpResponse<String> response = quantum.get("/data/orders?format=ndjson&select=order_id");

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
    assertThat(response.body().lines()).containsExactly(
        "{\"order_id\":1}", "{\"order_id\":2}", "{\"order_id\":3}", "{\"order_id\":4}");
  }

  @Test
  void filters_with_every_operator() throws Exception {
    assertThat(ids("/data/orders?amount=gt.10.5")).containsExactly(2, 4);
    assertThat(ids("/data/orders?amount=gte.10.5")).containsExactly(1, 2, 4);
    assertThat(ids("/data/orders?amount=lt.10.5")).containsExactly(3);
    assertThat(ids("/data/orders?amount=lte.10.5")).containsExactly(1, 3);
    assertThat(ids("/data/orders?customer=eq.bob")).containsExactly(2);
    assertThat(ids("/data/orders?customer=neq.bob")).containsExactly(1, 3, 4);
    assertThat(ids("/data/orders?customer=like.*a*")).containsExactly(1, 3, 4);
    assertThat(ids("/data/orders?customer=in.(alice,dave)")).containsExactly(1, 4);
    assertThat(ids("/data/orders?paid=is.null")).containsExactly(3);
    assertThat(ids("/data/orders?paid=is.notnull&paid=eq.true")).containsExactly(1, 4);
    assertThat(ids("/data/orders?placed_at=gte.2024-02-01T00:00:00")).containsExactly(2);
  }

  @Test
  void orders_and_limits() throws Exception {
    assertThat(ids("/data/orders?order=amount.desc&limit=2")).containsExactly(4, 2);
  }

  @Test
  void pages_by_primary_key_including_composite_keys() throws Exception {
    assertThat(ids("/data/orders?after=2&limit=1")).containsExactly(3);
    JsonNode lines = JSON.readTree(quantum.get("/data/lines?after=1,1").body());
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).get("line_no").asInt()).isEqualTo(2);
    assertThat(lines.get(1).get("order_id").asInt()).isEqualTo(2);
  }

  @Test
  void reads_one_row_by_key() throws Exception {
    HttpResponse<String> found = quantum.get("/data/orders/2?select=customer");
    HttpResponse<String> composite = quantum.get("/data/lines/1,2");
    HttpResponse<String> missing = quantum.get("/data/orders/999");

    assertThat(JSON.readTree(found.body()).toString()).isEqualTo("{\"customer\":\"bob\"}");
    assertThat(JSON.readTree(composite.body()).get("sku").asText()).isEqualTo("b");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("code").asText()).isEqualTo("row-not-found");
  }

  @Test
  void binds_hostile_values_as_parameters() throws Exception {
    HttpResponse<String> injection = quantum.get("/data/orders?customer=eq.x%27%20OR%201=1--");
    HttpResponse<String> inList = quantum.get("/data/orders?customer=in.(x%27)%20OR%20(1=1,y)");

    assertThat(JSON.readTree(injection.body())).isEmpty();
    assertThat(JSON.readTree(inList.body())).isEmpty();
    assertThat(ids("/data/orders")).hasSize(4);
  }

  private static java.util.List<Integer> ids(String path) throws Exception {
    HttpResponse<String> response = quantum.get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    java.util.List<Integer> ids = new java.util.ArrayList<>();
    JSON.readTree(response.body()).forEach(row -> ids.add(row.get("order_id").asInt()));
    return ids;
  }
}
