package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Small reads and merges on contract trees. Merges build new nodes and share the parent's untouched
 * subtrees, which is safe because no tree of the resolver is ever modified once built.
 */
final class Nodes {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Nodes() {
  }

  static boolean has(JsonNode node, String field) {
    JsonNode value = node.get(field);
    // Trees hold the one NullNode; comparing to it leaves an inherited value unread, and so out of the
    // CPU cache, when the child does not touch it.
    return value != null && value != NullNode.getInstance();
  }

  /** The field's value, or null when it is missing or an explicit null. */
  static JsonNode get(JsonNode node, String field) {
    return has(node, field) ? node.get(field) : null;
  }

  static String text(JsonNode node, String field) {
    return has(node, field) ? node.get(field).asText() : null;
  }

  static String lower(JsonNode node, String field) {
    String text = text(node, field);
    return text == null ? null : text.trim().toLowerCase(Locale.ROOT);
  }

  /** The array in this field, or an empty one. */
  static ArrayNode array(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isArray() ? (ArrayNode) value : NODES.arrayNode();
  }

  /** The parent's values, then the child's that are not already there: tags, relationships. */
  static ArrayNode union(JsonNode parent, JsonNode child) {
    ArrayNode result = NODES.arrayNode();
    Set<JsonNode> seen = new HashSet<>();
    for (JsonNode list : new JsonNode[] {parent, child}) {
      if (list != null && list.isArray()) {
        list.forEach(value -> {
          if (seen.add(value)) {
            result.add(value);
          }
        });
      }
    }
    return result;
  }

  /** A number, or numeric text such as {@code "4"}. */
  static Optional<BigDecimal> number(JsonNode value) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      return Optional.of(value.decimalValue());
    }
    try {
      return Optional.of(new BigDecimal(value.asText().trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Equality that treats {@code 1}, {@code 1.0} and {@code "1"} as one number. */
  static boolean same(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    Optional<BigDecimal> x = a.isNumber() ? number(a) : Optional.empty();
    Optional<BigDecimal> y = b.isNumber() ? number(b) : Optional.empty();
    if (x.isPresent() && y.isPresent()) {
      return x.get().compareTo(y.get()) == 0;
    }
    return a.equals(b);
  }

  /** A value as a person reads it in a message. */
  static String show(JsonNode value) {
    if (value == null || value.isNull()) {
      return "(unset)";
    }
    return value.isTextual() ? value.asText() : value.toString();
  }

  /** Sets a field unless the value is null: a merge that yields nothing leaves the field out. */
  static void put(ObjectNode node, String field, JsonNode value) {
    if (value != null) {
      node.set(field, value);
    }
  }

  /** A shallow copy, so fields can be replaced without touching the original. */
  static ObjectNode copy(JsonNode node) {
    ObjectNode copy = NODES.objectNode();
    node.fields().forEachRemaining(e -> copy.set(e.getKey(), e.getValue()));
    return copy;
  }
}
