package io.quanta.dictionary.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.testing.TestDictionary;
import io.quanta.dictionary.testing.TestElasticsearch;
import io.quanta.dictionary.testing.TestMesh;
import io.quanta.runtime.testing.TestQuantum;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A three-level chain: party (published) ← customer (published) ← vip-customer (served by a real quantum). */
class InheritanceIT {

  static final String PARTY = """
      apiVersion: v3.1.0
      kind: DataContract
      id: party
      name: Party
      version: 1.0.0
      status: active
      domain: enterprise
      team: {name: mdm, members: [{username: ada, role: owner}]}
      schema:
        - name: customer
          description: One row per party.
          properties:
            - {name: party_id, logicalType: string, primaryKey: true, required: true, classification: internal}
            - {name: email, logicalType: string, classification: restricted, tags: [pii], description: Where to write.}
      """;
  static final String CUSTOMER = """
      apiVersion: v3.1.0
      kind: DataContract
      id: customer
      name: Customer
      version: 1.0.0
      status: active
      domain: sales
      customProperties:
        - {property: extends, value: party@1}
      schema:
        - name: customer
          properties:
            - {name: loyalty_tier, logicalType: string, classification: internal}
      """;
  static final String VIP = """
      apiVersion: v3.1.0
      kind: DataContract
      id: vip-customer
      name: VIP customer
      version: 1.0.0
      status: active
      domain: sales
      customProperties:
        - {property: extends, value: customer@1}
      schema:
        - name: customer
          properties:
            - {name: vip_since, logicalType: date, classification: internal}
      """;

  static TestDictionary dictionary;
  static TestQuantum vip;

  @BeforeAll
  static void start(@TempDir Path dir) {
    dictionary = TestDictionary.start(dir.resolve("dictionary"), Map.of());
    assertThat(dictionary.publish("party", PARTY).statusCode()).isEqualTo(201);
    assertThat(dictionary.publish("customer", CUSTOMER).statusCode()).isEqualTo(201);
    vip = TestMesh.quantum(dictionary, dir, "vip-customers", VIP);
    dictionary.await("/api/contracts/party/descendants", d -> d.path("total").asInt() == 2, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (vip != null) {
      vip.close();
    }
    if (dictionary != null) {
      dictionary.close();
    }
  }

  @Test
  void the_runtime_resolves_its_parents_from_the_dictionary() {
    HttpResponse<String> effective = vip.get("/discovery/contract?effective=true", "Accept", "application/json");

    assertThat(effective.statusCode()).as(effective.body()).isEqualTo(200);
    assertThat(effective.body()).contains("party_id", "loyalty_tier", "vip_since");
  }

  @Test
  void serves_every_version_in_the_runtimes_protocol() {
    JsonNode versions = dictionary.json("/api/contracts/customer");

    assertThat(versions.path("id").asText()).isEqualTo("customer");
    assertThat(versions.path("versions")).hasSize(1);
    assertThat(versions.path("versions").get(0).path("customProperties").get(0).path("value").asText())
        .isEqualTo("party@1");
    assertThat(versions.path("info").get(0).path("published").asBoolean()).isTrue();
    assertThat(versions.path("info").get(0).path("publishedBy").asText()).isEqualTo("tester");
    assertThat(dictionary.get("/api/contracts/nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void ancestors_of_the_leaf_are_the_chain_nearest_first() {
    JsonNode ancestors = dictionary.json("/api/contracts/vip-customer/ancestors");

    assertThat(ids(ancestors.path("ancestors"))).containsExactly("customer", "party");
    assertThat(ancestors.path("ancestors").get(1).path("depth").asInt()).isEqualTo(2);
    assertThat(ancestors.path("ancestors").get(1).path("published").asBoolean()).isTrue();
  }

  @Test
  void descendants_of_the_root_are_found_at_every_depth_in_one_query() {
    JsonNode descendants = null;
    long queries = Long.MAX_VALUE;
    // The crawler and the sweep query the same index now and then: the fewest queries of three tries is ours.
    for (int i = 0; i < 3 && queries > 1; i++) {
      long before = searchQueries();
      descendants = dictionary.json("/api/contracts/party/descendants");
      queries = Math.min(queries, searchQueries() - before);
    }

    assertThat(descendants.path("total").asInt()).isEqualTo(2);
    assertThat(ids(descendants.path("descendants"))).containsExactly("customer", "vip-customer");
    assertThat(descendants.path("descendants").get(1).path("depth").asInt()).isEqualTo(2);
    assertThat(descendants.path("descendants").get(1).path("parent").asText()).isEqualTo("customer@1.0.0");
    assertThat(queries).isEqualTo(1);
    assertThat(dictionary.json("/api/contracts/customer/descendants").path("total").asInt()).isEqualTo(1);
  }

  @Test
  void the_effective_leaf_holds_every_inherited_field_with_its_origin() {
    JsonNode effective = dictionary.json("/api/contracts/vip-customer/effective");

    assertThat(effective.path("resolved").asBoolean()).isTrue();
    assertThat(effective.path("source").asText()).isEqualTo("dictionary");
    assertThat(strings(effective.path("chain"))).containsExactly("vip-customer@1.0.0", "customer@1.0.0",
        "party@1.0.0");
    JsonNode email = field(effective.path("fields"), "email");
    assertThat(email.path("inheritedFrom").asText()).isEqualTo("party@1.0.0");
    assertThat(email.path("pii").asBoolean()).isTrue();
    assertThat(field(effective.path("fields"), "vip_since").path("inherited").asBoolean()).isFalse();
  }

  @Test
  void a_column_search_finds_the_quantum_through_an_inherited_field() {
    JsonNode found = dictionary.await("/api/search?q=party_id&kind=quantum", r -> r.path("total").asInt() == 1,
        Duration.ofSeconds(10));

    JsonNode hit = found.path("hits").get(0);
    assertThat(hit.path("id").asText()).isEqualTo("vip-customers");
    assertThat(hit.path("matchedFields").get(0).path("inheritedFrom").asText()).isEqualTo("party@1.0.0");
    assertThat(hit.path("ancestors").toString()).contains("party@1.0.0");
  }

  @Test
  void a_parent_published_after_its_child_resolves_the_child() {
    String gold = VIP.replace("id: vip-customer", "id: gold-customer").replace("customer@1", "premium@1")
        .replace("vip_since", "gold_since");
    JsonNode pending = TestDictionary.parse(dictionary.publish("gold-customer", gold).body());
    assertThat(pending.path("resolved").asBoolean()).isFalse();
    assertThat(dictionary.json("/api/contracts/gold-customer/effective").path("resolved").asBoolean()).isFalse();

    HttpResponse<String> premium = dictionary.publish("premium", CUSTOMER.replace("id: customer", "id: premium"));

    assertThat(premium.statusCode()).isEqualTo(201);
    assertThat(TestDictionary.parse(premium.body()).path("descendants").asInt()).isEqualTo(1);
    JsonNode effective = dictionary.json("/api/contracts/gold-customer/effective");
    assertThat(effective.path("resolved").asBoolean()).isTrue();
    assertThat(strings(effective.path("chain"))).containsExactly("gold-customer@1.0.0", "premium@1.0.0",
        "party@1.0.0");
  }

  @Test
  void publishing_refuses_invalid_conflicting_and_breaking_versions() {
    HttpResponse<String> invalid = dictionary.publish("broken", "apiVersion: v3.1.0\nkind: DataContract\nid: broken\n");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(TestDictionary.parse(invalid.body()).path("code").asText()).isEqualTo("invalid-contract");
    assertThat(TestDictionary.parse(invalid.body()).path("findings").size()).isPositive();

    assertThat(dictionary.publish("party", PARTY).statusCode()).isEqualTo(200);
    HttpResponse<String> changed = dictionary.publish("party", PARTY.replace("Where to write.", "Where to mail."));
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(TestDictionary.parse(changed.body()).path("code").asText()).isEqualTo("version-exists");

    HttpResponse<String> breaking = dictionary.publish("party", PARTY.replace("version: 1.0.0", "version: 1.1.0")
        .replace("logicalType: string, classification: restricted", "logicalType: integer, classification: restricted"));
    assertThat(breaking.statusCode()).isEqualTo(409);
    assertThat(TestDictionary.parse(breaking.body()).path("code").asText()).isEqualTo("breaking-change");

    HttpResponse<String> mismatch = dictionary.publish("someone-else", PARTY);
    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(TestDictionary.parse(mismatch.body()).path("code").asText()).isEqualTo("id-mismatch");
  }

  private static long searchQueries() {
    try {
      String index = dictionary.indexPrefix() + "-contracts";
      HttpResponse<String> stats = dictionary.send(HttpRequest.newBuilder(URI.create(TestElasticsearch.url() + "/"
          + index + "/_stats/search")).GET().build());
      return TestDictionary.parse(stats.body()).path("_all").path("primaries").path("search").path("query_total")
          .asLong();
    } catch (RuntimeException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> ids(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.path("id").asText()));
    return out;
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode field(JsonNode fields, String name) {
    for (JsonNode f : fields) {
      if (f.path("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no field " + name + " in " + fields);
  }
}
