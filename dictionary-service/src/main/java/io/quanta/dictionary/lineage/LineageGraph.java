package io.quanta.dictionary.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The lineage graph being walked: nodes by id (the first level a node is reached at wins) and distinct edges. */
final class LineageGraph {

  private final int maxNodes;
  private final Map<String, ObjectNode> nodes = new LinkedHashMap<>();
  private final Set<String> edges = new LinkedHashSet<>();
  private final ArrayNode edgeList = Es.JSON.createArrayNode();

  LineageGraph(int maxNodes) {
    this.maxNodes = maxNodes;
  }

  boolean full() {
    return nodes.size() >= maxNodes;
  }

  /** Adds a quantum node; false when it was there already. */
  boolean node(ObjectNode doc, int level) {
    String id = doc.path("id").asText();
    if (nodes.containsKey(id) || full()) {
      return false;
    }
    ObjectNode node = Es.JSON.createObjectNode().put("id", id).put("kind", "quantum").put("level", level);
    for (String key : List.of("name", "domain", "health", "url")) {
      if (doc.hasNonNull(key)) {
        node.set(key, doc.get(key));
      }
    }
    JsonNode contract = doc.path("contract");
    node.put("contract", contract.path("id").isTextual() ? contract.path("id").asText() + "@"
        + contract.path("version").asText() : null);
    nodes.put(id, node);
    return true;
  }

  /** An input no registered quantum matches; its id is its URL, quantum id or contract. */
  String external(JsonNode input, int level) {
    String id = input.path("quantum").isTextual() ? input.path("quantum").asText()
        : input.path("url").isTextual() ? input.path("url").asText() : input.path("contract").asText("unknown");
    nodes.computeIfAbsent(id, k -> Es.JSON.createObjectNode().put("id", k).put("kind", "external").put("level", level)
        .put("url", input.path("url").asText(null)).put("contract", input.path("contract").asText(null)));
    return id;
  }

  void edge(String from, String to, String contract) {
    if (edges.add(from + "\n" + to + "\n" + contract)) {
      edgeList.addObject().put("from", from).put("to", to).put("contract", contract);
    }
  }

  ObjectNode toJson(String root, String direction, int depth) {
    ObjectNode out = Es.JSON.createObjectNode().put("quantum", root).put("direction", direction).put("depth", depth);
    ArrayNode list = out.putArray("nodes");
    nodes.values().forEach(list::add);
    out.set("edges", edgeList);
    return out;
  }
}
