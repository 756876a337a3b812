package io.quanta.dictionary.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.testing.TestDictionary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over published contracts: ranking, facets and their counts, highlights, paging, suggestions. */
class SearchIT {

  static final String TEMPLATE = """
      apiVersion: v3.1.0
      kind: DataContract
      id: %s
      name: %s
      version: %s
      status: %s
      domain: %s
      tags: [%s]
      description:
        purpose: %s
      team: {name: team-%s, members: [{username: %s, role: owner}]}
      schema:
        - name: records
          properties:
            - {name: record_id, logicalType: string, primaryKey: true, classification: internal}
            - {name: %s, logicalType: string, classification: %s, description: %s}
      """;

  static TestDictionary dictionary;

  @BeforeAll
  static void start(@TempDir Path dir) {
    dictionary = TestDictionary.start(dir.resolve("dictionary"), Map.of());
    publish("invoices", "Invoices", "1.0.0", "active", "finance", "billing", "Every invoice sent.", "iris",
        "iban", "restricted", "The account paid into.");
    publish("invoices", "Invoices", "1.1.0", "active", "finance", "billing", "Every invoice sent.", "iris",
        "iban", "restricted", "The account paid into.");
    publish("payments", "Payments", "1.0.0", "active", "finance", "billing", "Money received against invoices.",
        "iris", "amount_paid", "internal", "How much was paid.");
    publish("shipments", "Shipments", "1.0.0", "draft", "logistics", "delivery", "Parcels on their way.", "sam",
        "tracking_code", "public", "The carrier's tracking number.");
    publish("returns", "Returns", "1.0.0", "active", "logistics", "delivery", "Parcels coming back.", "sam",
        "return_reason", "internal", "Why the customer sent it back (the invoice is refunded).");
    dictionary.await("/api/search", r -> r.path("total").asInt() == 4, Duration.ofSeconds(10));
  }

  static void publish(String id, String name, String version, String status, String domain, String tag,
      String purpose, String owner, String column, String classification, String description) {
    String yaml = TEMPLATE.formatted(id, name, version, status, domain, tag, purpose, domain, owner, column,
        classification, description);
    int status201 = dictionary.publish(id, yaml).statusCode();
    assertThat(status201).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    if (dictionary != null) {
      dictionary.close();
    }
  }

  @Test
  void searches_the_latest_version_of_each_contract() {
    JsonNode all = dictionary.json("/api/search?kind=contract");

    assertThat(all.path("total").asInt()).isEqualTo(4);
    JsonNode invoices = dictionary.json("/api/search?q=invoices").path("hits").get(0);
    assertThat(invoices.path("id").asText()).isEqualTo("invoices");
    assertThat(invoices.path("version").asText()).isEqualTo("1.1.0");
  }

  @Test
  void a_name_match_ranks_above_a_description_match() {
    JsonNode found = dictionary.json("/api/search?q=payments");

    assertThat(found.path("total").asInt()).isEqualTo(1);
    JsonNode money = dictionary.json("/api/search?q=money+invoices");
    assertThat(money.path("total").asInt()).isEqualTo(1);
    assertThat(money.path("hits").get(0).path("highlight").path("description").get(0).asText())
        .isEqualTo("<em>Money</em> received against <em>invoices</em>.");
    JsonNode invoices = dictionary.json("/api/search?q=invoices");
    assertThat(invoices.path("total").asInt()).isEqualTo(2);
    assertThat(invoices.path("hits").get(0).path("id").asText()).isEqualTo("invoices");
    assertThat(invoices.path("hits").get(1).path("id").asText()).isEqualTo("payments");
  }

  @Test
  void a_column_name_finds_the_contract_and_says_which_field() {
    JsonNode found = dictionary.json("/api/search?q=tracking_code");

    assertThat(found.path("total").asInt()).isEqualTo(1);
    JsonNode field = found.path("hits").get(0).path("matchedFields").get(0);
    assertThat(field.path("path").asText()).isEqualTo("records.tracking_code");
    assertThat(field.path("classification").asText()).isEqualTo("public");
    assertThat(field.path("highlight").get(0).asText()).isEqualTo("<em>tracking_code</em>");
    assertThat(dictionary.json("/api/search?q=tracking").path("total").asInt()).isEqualTo(1);
  }

  @Test
  void facets_count_under_every_filter_but_their_own() {
    JsonNode found = dictionary.json("/api/search?domain=finance");

    assertThat(found.path("total").asInt()).isEqualTo(2);
    assertThat(counts(found.path("facets").path("domain"))).containsEntry("finance", 2).containsEntry("logistics", 2);
    assertThat(counts(found.path("facets").path("owner"))).containsExactly(Map.entry("iris", 2));
    assertThat(counts(found.path("facets").path("classification"))).containsEntry("restricted", 1)
        .containsEntry("internal", 2);
    assertThat(counts(found.path("facets").path("status"))).containsExactly(Map.entry("active", 2));

    JsonNode both = dictionary.json("/api/search?domain=finance&domain=logistics&status=draft");
    assertThat(both.path("total").asInt()).isEqualTo(1);
    assertThat(counts(both.path("facets").path("status"))).containsEntry("active", 3).containsEntry("draft", 1);
    assertThat(both.path("filters").path("domain")).hasSize(2);
  }

  @Test
  void filters_combine_with_text() {
    JsonNode found = dictionary.json("/api/search?q=parcels&tag=delivery&classification=public");

    assertThat(found.path("total").asInt()).isEqualTo(1);
    assertThat(found.path("hits").get(0).path("id").asText()).isEqualTo("shipments");
  }

  @Test
  void pages_through_the_results() {
    JsonNode first = dictionary.json("/api/search?size=3&page=1");
    JsonNode second = dictionary.json("/api/search?size=3&page=2");

    assertThat(first.path("pages").asInt()).isEqualTo(2);
    assertThat(first.path("hits")).hasSize(3);
    assertThat(second.path("hits")).hasSize(1);
  }

  @Test
  void suggests_names_ids_and_fields_from_a_prefix() {
    JsonNode suggestions = dictionary.json("/api/suggest?q=ship").path("suggestions");
    assertThat(suggestions.toString()).contains("\"id\":\"shipments\"");

    JsonNode fields = dictionary.json("/api/suggest?q=tracki").path("suggestions");
    assertThat(fields.get(0).path("text").asText()).isEqualTo("tracking_code");
    assertThat(fields.get(0).path("kind").asText()).isEqualTo("field");
    assertThat(fields.get(0).path("in").asText()).isEqualTo("contract");
  }

  @Test
  void query_syntax_characters_are_just_text() {
    for (String q : new String[] {"iban\"", "iban*", "(iban", "iban:", "iban/", "a OR b", "\\", "{}[]^~!"}) {
      var response = dictionary.get("/api/search?q=" + java.net.URLEncoder.encode(q,
          java.nio.charset.StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(q).isEqualTo(200);
    }
    assertThat(dictionary.json("/api/search?q=iban%22").path("total").asInt()).isEqualTo(1);
  }

  private static Map<String, Integer> counts(JsonNode facet) {
    Map<String, Integer> out = new LinkedHashMap<>();
    facet.forEach(v -> out.put(v.path("value").asText(), v.path("count").asInt()));
    return out;
  }
}
