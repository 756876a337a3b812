package io.quanta.dictionary.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void each_facet_counts_under_the_other_filters_only() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("domain", List.of("sales"));
    filters.put("health", List.of("healthy", "stale"));
    ObjectNode body = SearchQuery.body(new SearchParams(null, filters, 1, 20));

    assertThat(body.at("/post_filter/bool/filter")).hasSize(2);
    JsonNode domainFacet = body.at("/aggs/domain/filter/bool/filter");
    assertThat(domainFacet).hasSize(1);
    assertThat(domainFacet.get(0).at("/terms/health").toString()).isEqualTo("[\"healthy\",\"stale\"]");
    assertThat(body.at("/aggs/health/filter/bool/filter").get(0).at("/terms/domain").toString())
        .isEqualTo("[\"sales\"]");
    assertThat(body.at("/aggs/tag/filter/bool/filter")).hasSize(2);
    assertThat(body.at("/aggs/tag/aggs/values/terms/field").asText()).isEqualTo("tags");
  }

  @Test
  void every_word_must_match_and_is_never_parsed_as_query_syntax() {
    ObjectNode body = SearchQuery.body(new SearchParams("customer_id AND (email*", Map.of(), 2, 10));

    JsonNode must = body.at("/query/bool/must/0/bool/must");
    assertThat(must).hasSize(3);
    assertThat(must.get(0).toString()).contains("\"query\":\"customer_id\"", "\"operator\":\"and\"");
    assertThat(must.get(2).toString()).contains("\"query\":\"email\"");
    assertThat(body.toString()).doesNotContain("query_string", "simple_query_string");
    assertThat(body.path("from").asInt()).isEqualTo(10);
    assertThat(body.at("/query/bool/must/0/bool/must/0/bool/should/3/nested/inner_hits/name").asText())
        .isEqualTo("matched0");
  }

  @Test
  void text_without_words_matches_nothing_and_no_text_matches_everything() {
    assertThat(SearchQuery.body(new SearchParams("!!! ???", Map.of(), 1, 20)).at("/query/bool/must/0").has("match_none"))
        .isTrue();
    assertThat(SearchQuery.body(new SearchParams(null, Map.of(), 1, 20)).at("/query/bool/must/0").has("match_all"))
        .isTrue();
  }

  @Test
  void words_keep_identifiers_whole_and_are_bounded() {
    assertThat(SearchQuery.words("Customer_ID, retail-customers v1.2 -- x")).containsExactly("customer_id",
        "retail-customers", "v1.2", "x");
    assertThat(SearchQuery.words("a b c d e f g h i j k l m")).hasSize(SearchQuery.MAX_WORDS);
  }

  @Test
  void contracts_are_searched_in_their_latest_version_only() {
    JsonNode filter = SearchQuery.body(new SearchParams(null, Map.of(), 1, 20)).at("/query/bool/filter/0/bool/should");

    assertThat(filter.toString()).contains("{\"term\":{\"kind\":\"quantum\"}}", "{\"term\":{\"latest\":true}}");
  }
}
