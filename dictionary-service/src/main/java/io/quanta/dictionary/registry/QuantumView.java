package io.quanta.dictionary.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The API's view of a quantum document: the full detail, and the summary lists and hits show. */
public final class QuantumView {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> SUMMARY = List.of("id", "url", "name", "domain", "owner", "status", "health",
      "tags", "description");
  private static final List<String> DETAIL = List.of("id", "url", "name", "domain", "owner", "status", "description",
      "tags", "classifications", "health", "healthReasons", "contract", "ancestors", "objects", "crawl", "freshness",
      "quality", "sla", "lineage", "lint", "findings", "fields");

  private QuantumView() {
  }

  /** What {@code GET /api/quanta} lists. */
  public static ObjectNode summary(JsonNode doc) {
    ObjectNode out = NODES.objectNode();
    SUMMARY.forEach(key -> copy(doc, out, key));
    if (doc.path("contract").isObject()) {
      out.set("contract", contractRef(doc.path("contract")));
    }
    copy(doc.path("crawl"), out, "lastSeenAt");
    out.set("links", links(doc));
    return out;
  }

  /** What {@code GET /api/quanta/{id}} answers. */
  public static ObjectNode detail(JsonNode doc) {
    ObjectNode out = NODES.objectNode();
    DETAIL.forEach(key -> copy(doc, out, key));
    if (out.path("contract").isObject()) {
      ((ObjectNode) out.get("contract")).remove("hash");
    }
    ObjectNode observability = out.putObject("observability");
    copy(doc.path("documents"), observability, "status");
    copy(doc.path("documents"), observability, "quality");
    copy(doc.path("documents"), out, "descriptor");
    ObjectNode links = links(doc);
    links.put("lineage", "/api/lineage?quantum=" + encode(doc.path("id").asText()));
    links.put("quantum", doc.path("url").asText() + "/");
    out.set("links", links);
    return out;
  }

  static ObjectNode contractRef(JsonNode contract) {
    ObjectNode out = NODES.objectNode();
    copy(contract, out, "id");
    copy(contract, out, "version");
    return out;
  }

  private static ObjectNode links(JsonNode doc) {
    ObjectNode links = NODES.objectNode();
    links.put("self", "/api/quanta/" + encode(doc.path("id").asText()));
    String contract = doc.path("contract").path("id").asText(null);
    if (contract != null) {
      links.put("contract", "/api/contracts/" + encode(contract));
    }
    return links;
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static void copy(JsonNode from, ObjectNode to, String key) {
    JsonNode value = from.get(key);
    if (value != null && !value.isNull()) {
      to.set(key, value);
    }
  }
}
