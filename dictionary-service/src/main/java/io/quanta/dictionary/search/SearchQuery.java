package io.quanta.dictionary.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the Elasticsearch search body of a {@link SearchParams}: quanta and the latest version of each
 * contract; every word of the text matched (never parsed as query syntax) in ids (×8), names (×4), field names
 * (×3, word by word too, inherited fields included), tags (×2), field and contract descriptions (×1); facet filters applied to
 * the hits as a post filter so that each facet counts under every filter but its own; highlights with HTML
 * escaping. The same body is what the benchmark sends straight to Elasticsearch.
 */
public final class SearchQuery {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final int FACET_SIZE = 20;
  static final int MATCHED_FIELDS = 5;
  static final int MAX_WORDS = 10;
  /** Inner hits of word i are named {@code matched<i>}. */
  static final String MATCHED = "matched";
  static final List<String> HIDDEN = List.of("raw", "effective", "documents", "fields", "suggest", "findings",
      "resolution", "lint.findings", "crawl", "lineage", "hash", "publishedText");

  private SearchQuery() {
  }

  public static ObjectNode body(SearchParams params) {
    ObjectNode body = NODES.objectNode();
    body.put("from", (params.page() - 1) * params.size());
    body.put("size", params.size());
    body.put("track_total_hits", true);
    // Equal scores (an empty query scores every hit alike) are broken by kind and id, so that pages neither
    // overlap nor skip a hit when documents are re-indexed between two page requests.
    body.put("track_scores", true);
    ArrayNode sort = body.putArray("sort");
    sort.addObject().putObject("_score").put("order", "desc");
    sort.addObject().putObject("kind").put("order", "asc");
    sort.addObject().putObject("id").put("order", "asc");
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").add(params.q() == null ? NODES.objectNode().set("match_all", NODES.objectNode())
        : text(params.q()));
    bool.putArray("filter").add(searchable());
    if (!params.filters().isEmpty()) {
      body.putObject("post_filter").putObject("bool").set("filter", filters(params.filters(), null));
    }
    ObjectNode aggs = body.putObject("aggs");
    for (Map.Entry<String, String> facet : SearchParams.FACETS.entrySet()) {
      ObjectNode agg = aggs.putObject(facet.getKey());
      agg.putObject("filter").putObject("bool").set("filter", filters(params.filters(), facet.getKey()));
      agg.putObject("aggs").putObject("values").putObject("terms").put("field", facet.getValue())
          .put("size", FACET_SIZE);
    }
    if (params.q() != null) {
      ObjectNode highlight = body.putObject("highlight").put("encoder", "html");
      highlight.putArray("pre_tags").add("<em>");
      highlight.putArray("post_tags").add("</em>");
      ObjectNode fields = highlight.putObject("fields");
      fields.putObject("name");
      fields.putObject("description").put("fragment_size", 160).put("number_of_fragments", 2);
    }
    body.putObject("_source").set("excludes", strings(HIDDEN));
    return body;
  }

  /** Quanta, and contracts in their latest version only. */
  private static ObjectNode searchable() {
    ObjectNode should = NODES.objectNode();
    ObjectNode bool = should.putObject("bool");
    ArrayNode any = bool.putArray("should");
    any.addObject().putObject("term").put("kind", "quantum");
    ArrayNode contract = any.addObject().putObject("bool").putArray("filter");
    contract.addObject().putObject("term").put("kind", "contract");
    contract.addObject().putObject("term").put("latest", true);
    bool.put("minimum_should_match", 1);
    return should;
  }

  /**
   * Every word of the text must match somewhere (a name, a field, a tag, the description), each word matching
   * a field as a whole ({@code voucher_code} is both words of one column name, not any column with "code").
   */
  private static ObjectNode text(String q) {
    List<String> words = words(q);
    if (words.isEmpty()) {
      return NODES.objectNode().set("match_none", NODES.objectNode());
    }
    ObjectNode outer = NODES.objectNode();
    ArrayNode must = outer.putObject("bool").putArray("must");
    for (int i = 0; i < words.size(); i++) {
      must.add(word(words.get(i), i));
    }
    return outer;
  }

  private static ObjectNode word(String word, int index) {
    ObjectNode group = NODES.objectNode();
    ObjectNode bool = group.putObject("bool");
    ArrayNode should = bool.putArray("should");
    should.add(multiMatch(word, List.of("name^4", "name.words^4", "contract.name^2", "description")));
    should.addObject().putObject("term").putObject("id").put("value", word).put("boost", 8);
    should.addObject().putObject("term").putObject("tags").put("value", word).put("boost", 2);
    ObjectNode nested = should.addObject().putObject("nested");
    nested.put("path", "fields").put("score_mode", "max");
    nested.set("query", multiMatch(word, List.of("fields.name^3", "fields.name.words^3", "fields.businessName^1.5",
        "fields.description")));
    ObjectNode inner = nested.putObject("inner_hits").put("name", MATCHED + index).put("size", MATCHED_FIELDS);
    inner.putObject("_source").set("includes", strings(List.of("fields.object", "fields.name", "fields.path",
        "fields.logicalType", "fields.classification", "fields.description", "fields.inheritedFrom",
        "fields.overrides")));
    ObjectNode innerHighlight = inner.putObject("highlight").put("encoder", "html");
    innerHighlight.putArray("pre_tags").add("<em>");
    innerHighlight.putArray("post_tags").add("</em>");
    innerHighlight.putObject("fields").putObject("fields.name");
    bool.put("minimum_should_match", 1);
    return group;
  }

  /** All the analysed terms of the word in one field (operator and), the best field counting. */
  private static ObjectNode multiMatch(String word, List<String> fields) {
    ObjectNode match = NODES.objectNode();
    match.putObject("multi_match").put("query", word).put("operator", "and").set("fields", strings(fields));
    return match;
  }

  /** The filters of every facet but {@code except}, each any of its values. */
  private static ArrayNode filters(Map<String, List<String>> filters, String except) {
    ArrayNode out = NODES.arrayNode();
    filters.forEach((facet, values) -> {
      if (!facet.equals(except)) {
        out.addObject().putObject("terms").set(SearchParams.FACETS.get(facet), strings(values));
      }
    });
    return out;
  }

  /** The words of the text, lower-case: letters, digits, {@code _}, {@code -} and {@code .} hold together. */
  static List<String> words(String q) {
    return java.util.Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_.-]+"))
        .map(w -> w.replaceAll("^[.-]+|[.-]+$", "")).filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS).toList();
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode out = NODES.arrayNode();
    values.forEach(out::add);
    return out;
  }
}
