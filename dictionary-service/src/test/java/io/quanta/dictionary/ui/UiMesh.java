package io.quanta.dictionary.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.testing.TestDictionary;
import io.quanta.dictionary.testing.TestElasticsearch;
import io.quanta.dictionary.testing.TestMesh;
import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestQuantum;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The small mesh the UI tests look at, all real: a dictionary on the embedded Elasticsearch, the enterprise
 * {@code customer} base contract published to it, and three quanta that announce themselves —
 * {@code crm} (reads an address outside the mesh) → {@code retail-customers} (the sample quantum's
 * contract, extending {@code customer}) → {@code loyalty} (extending {@code retail-customer}).
 */
final class UiMesh implements AutoCloseable {

  static final Path CONTRACTS = Path.of("..", "sample-quanta", "src", "main", "resources", "contracts");
  static final String LEGACY = "http://legacy-crm.invalid:9000";
  private static final Duration CRAWL = Duration.ofSeconds(60);

  static final String CRM = """
      apiVersion: v3.1.0
      kind: DataContract
      id: crm-contact
      name: CRM contacts
      version: 1.0.0
      status: active
      domain: sales
      tags: [crm, customer]
      description:
        purpose: Contacts as the CRM holds them, before the retail shops clean them.
      schema:
        - name: contact
          physicalName: contact
          description: One row per contact.
          properties:
            - {name: contact_id, logicalType: string, physicalType: varchar(36), primaryKey: true, required: true,
               classification: internal, description: The CRM's contact id.}
            - {name: email, logicalType: string, physicalType: varchar(254), classification: restricted,
               tags: [pii], description: Where the contact can be reached.}
            - {name: updated_at, logicalType: timestamp, physicalType: timestamp, required: true,
               classification: internal, description: Last change in the CRM.}
      team:
        name: crm
        members:
          - {username: carl, role: owner}
      support:
        - {channel: '#crm', tool: slack}
      slaProperties:
        - {property: latency, value: 1, unit: d, element: contact.updated_at}
      """;

  static final String LOYALTY = """
      apiVersion: v3.1.0
      kind: DataContract
      id: loyalty-member
      name: Loyalty members
      version: 1.0.0
      status: active
      domain: loyalty
      tags: [loyalty]
      description:
        purpose: Retail customers enrolled in the loyalty programme, with the points they hold.
      customProperties:
        - property: extends
          value: retail-customer@1
      schema:
        - name: customer
          physicalName: loyalty_member
          description: One row per enrolled customer.
          properties:
            - {name: points, logicalType: integer, physicalType: int, classification: internal,
               description: Points the customer holds.}
      team:
        name: loyalty
        members:
          - {username: lena, role: owner}
      """;

  private static UiMesh shared;

  final TestDictionary dictionary;
  final TestQuantum crm;
  final TestQuantum retail;
  final TestQuantum loyalty;

  private UiMesh(TestDictionary dictionary, TestQuantum crm, TestQuantum retail, TestQuantum loyalty) {
    this.dictionary = dictionary;
    this.crm = crm;
    this.retail = retail;
    this.loyalty = loyalty;
  }

  /**
   * The one mesh of the test JVM, started on first use and stopped at exit: every UI test class reads the
   * same quanta, so the crawl is waited for once.
   */
  static synchronized UiMesh shared() throws IOException, SQLException {
    if (shared == null) {
      Path dir = Files.createTempDirectory("quanta-ui-mesh");
      shared = start(dir);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "ui-mesh-stop"));
    }
    return shared;
  }

  static UiMesh start(Path dir) throws IOException, SQLException {
    TestDictionary dictionary = TestDictionary.start(dir.resolve("dictionary"), Map.of(), null, TestElasticsearch.url());
    TestQuantum crm = null;
    TestQuantum retail = null;
    try {
      // The dictionary puts its indices in place in the background: wait for them before writing.
      dictionary.await("/observability/ready", r -> "READY".equals(r.path("status").asText()), CRAWL);
      expect(dictionary.publish("customer", Files.readString(CONTRACTS.resolve("customer.odcs.yaml"))).statusCode(), 201);
      crm = TestMesh.quantum(dictionary, dir, "crm", CRM, "lineage:\n  - url: " + LEGACY + "\n", true);
      TestDatabase.execute(crm.database(),
          "INSERT INTO contact VALUES ('c-1', 'ada@example.com', UTC_TIMESTAMP()), ('c-2', NULL, UTC_TIMESTAMP())");
      retail = TestMesh.quantum(dictionary, dir, "retail-customers",
          Files.readString(CONTRACTS.resolve("retail-customer.odcs.yaml")),
          "objects:\n  customer:\n    freshnessColumn: first_purchase_at\n"
              + "lineage:\n  - quantum: crm\n    contract: crm-contact@1.0.0\n", true);
      // More than the 1,000 rows the retail contract's quality rule asks for.
      TestDatabase.execute(retail.database(), "INSERT INTO retail_customer (customer_id, email, country, created_at,"
          + " loyalty_tier, first_purchase_at) SELECT CONCAT('r-', seq), CONCAT('shopper', seq, '@example.com'), 'FR',"
          + " UTC_TIMESTAMP(), ELT(1 + seq % 3, 'bronze', 'silver', 'gold'), UTC_TIMESTAMP() FROM seq_1_to_1200");
      checkQuality(retail);
      dictionary.await("/api/quanta/retail-customers", q -> "pass".equals(q.path("quality").path("status").asText())
          && q.path("freshness").path("compliant").asBoolean(), CRAWL);
      // The loyalty contract extends retail-customer, which the dictionary knows once it has crawled retail.
      TestQuantum loyalty = TestMesh.quantum(dictionary, dir, "loyalty", LOYALTY,
          "lineage:\n  - quantum: retail-customers\n    contract: retail-customer@1.0.0\n", true);
      UiMesh mesh = new UiMesh(dictionary, crm, retail, loyalty);
      mesh.awaitCrawled();
      return mesh;
    } catch (RuntimeException | IOException | SQLException e) {
      closeAll(retail, crm);
      dictionary.close();
      throw e;
    }
  }

  private void awaitCrawled() {
    for (String id : new String[] {"crm", "loyalty"}) {
      dictionary.await("/api/quanta/" + id, q -> q.path("fields").size() > 0, CRAWL);
    }
    // Searches read what Elasticsearch has refreshed: wait until every quantum is searchable with its fields.
    dictionary.await("/api/search?kind=quantum", r -> r.path("total").asInt() == 3, CRAWL);
    dictionary.await("/api/lineage?quantum=retail-customers", UiMesh::wholeLineage, CRAWL);
    dictionary.await("/api/contracts/customer/descendants", d -> d.path("total").asInt() == 2, CRAWL);
  }

  private static boolean wholeLineage(JsonNode lineage) {
    return lineage.path("nodes").size() == 4;
  }

  private static void checkQuality(TestQuantum quantum) {
    expect(quantum.send(quantum.asOwner("/control/quality-checks").POST(HttpRequest.BodyPublishers.noBody()).build())
        .statusCode(), 202);
  }

  private static void expect(int status, int wanted) {
    if (status != wanted && !(wanted == 201 && status == 200)) {
      throw new IllegalStateException("expected HTTP " + wanted + ", got " + status);
    }
  }

  String url() {
    return dictionary.url();
  }

  private static void closeAll(TestQuantum... quanta) {
    for (TestQuantum q : quanta) {
      if (q != null) {
        q.close();
      }
    }
  }

  @Override
  public void close() {
    try {
      closeAll(loyalty, retail, crm);
    } finally {
      dictionary.close();
    }
  }
}
