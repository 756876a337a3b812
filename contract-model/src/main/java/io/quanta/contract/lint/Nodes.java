package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shape-tolerant reading of the document tree: a missing or wrongly shaped element reads as nothing. */
final class Nodes {

  private Nodes() {
  }

  /** The mapping items of a list field, each with its pointer; nothing when the field is not a list. */
  static List<Item> items(JsonNode parent, String field, String parentPointer) {
    JsonNode list = parent.path(field);
    List<Item> items = new ArrayList<>();
    if (list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).isObject()) {
          items.add(new Item(list.get(i), parentPointer, field, i));
        }
      }
    }
    return items;
  }

  /** A text field's value, if the field is text. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** The element's {@code name}, or where it is when it has none. */
  static String name(Item item) {
    JsonNode name = item.node().path("name");
    return name.isTextual() ? name.asText() : Words.where(item.pointer());
  }

  /** An integer field's value, if the field is a whole number. */
  static Optional<Integer> integer(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() && JsonTypes.matches("integer", value) ? Optional.of(value.asInt()) : Optional.empty();
  }

  /** A string or a list of strings, as a list of (value, pointer); anything else reads as empty. */
  static List<Item> texts(JsonNode parent, String field, String parentPointer) {
    JsonNode value = parent.path(field);
    List<Item> out = new ArrayList<>();
    if (value.isTextual()) {
      out.add(new Item(value, parentPointer, field, -1));
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i).isTextual()) {
          out.add(new Item(value.get(i), parentPointer, field, i));
        }
      }
    }
    return out;
  }

  /**
   * An element of the tree and where it is: a field of a parent, or item {@code index} of that field when
   * the index is not negative. The pointer is only built when a finding needs it.
   */
  record Item(JsonNode node, String parentPointer, String field, int index) {

    String pointer() {
      return parentPointer + "/" + field + (index < 0 ? "" : "/" + index);
    }
  }
}
