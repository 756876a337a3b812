package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schema objects a contract declares, looked up the ways references name them: by {@code name},
 * {@code physicalName} or {@code id}.
 */
final class LocalObjects {

  private final List<JsonNode> objects = new ArrayList<>();

  LocalObjects(JsonNode contract) {
    Nodes.items(contract, "schema", "").forEach(item -> objects.add(item.node()));
  }

  Optional<JsonNode> object(String key) {
    return objects.stream().filter(o -> names(o, key)).findFirst();
  }

  /** A property of an object or of a nested property, by name, physical name or id. */
  static Optional<JsonNode> property(JsonNode owner, String key) {
    return Nodes.items(owner, "properties", "").stream().map(Nodes.Item::node).filter(p -> names(p, key)).findFirst();
  }

  /** A property reached through a dotted path of nested properties ({@code address.city}). */
  static Optional<JsonNode> propertyPath(JsonNode owner, List<String> path) {
    Optional<JsonNode> current = Optional.of(owner);
    for (String step : path) {
      current = current.flatMap(node -> property(node, step)
          .or(() -> node.path("items").isObject() ? property(node.path("items"), step) : Optional.empty()));
    }
    return current;
  }

  List<String> objectNames() {
    return objects.stream().map(o -> Nodes.text(o, "name").orElse("?")).distinct().toList();
  }

  static List<String> propertyNames(JsonNode owner) {
    return Nodes.items(owner, "properties", "").stream()
        .map(p -> Nodes.text(p.node(), "name").orElse("?")).toList();
  }

  private static boolean names(JsonNode element, String key) {
    return key.equals(element.path("name").asText(null)) || key.equals(element.path("physicalName").asText(null))
        || key.equals(element.path("id").asText(null));
  }
}
