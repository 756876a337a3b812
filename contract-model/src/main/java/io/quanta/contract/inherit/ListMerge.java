package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Objects;
import java.util.Set;

/**
 * Merges a child's list into its parent's: the parent's elements keep their order and indexes, a child
 * element that matches one of them is combined with it in place, and the others are appended.
 */
final class ListMerge {

  /** Finds the inherited element a child element overrides: an index below {@code inherited}, or -1. */
  interface Matcher {
    int match(ArrayNode merged, int inherited, JsonNode childElement);
  }

  /** Builds the merged element; {@code parentElement} is null for an element the child adds. */
  interface Combiner {
    JsonNode combine(JsonNode parentElement, JsonNode childElement, int index, int childIndex);
  }

  private ListMerge() {
  }

  static ArrayNode merge(JsonNode parent, JsonNode child, Matcher matcher, Combiner combiner) {
    ArrayNode merged = Nodes.NODES.arrayNode();
    if (parent != null && parent.isArray()) {
      merged.addAll((ArrayNode) parent);
    }
    int inherited = merged.size();
    if (child == null || !child.isArray()) {
      return merged;
    }
    for (int childIndex = 0; childIndex < child.size(); childIndex++) {
      JsonNode element = child.get(childIndex);
      int index = matcher.match(merged, inherited, element);
      if (index >= 0) {
        merged.set(index, combiner.combine(merged.get(index), element, index, childIndex));
      } else {
        merged.add(combiner.combine(null, element, merged.size(), childIndex));
      }
    }
    return merged;
  }

  /** Matches elements by the text of one field, such as {@code name}. */
  static Matcher byField(String field) {
    return (merged, inherited, element) -> {
      String key = Nodes.text(element, field);
      return key == null ? -1 : indexOf(merged, inherited, field, key);
    };
  }

  static int indexOf(ArrayNode merged, int inherited, String field, String key) {
    for (int i = 0; i < inherited; i++) {
      if (Objects.equals(key, Nodes.text(merged.get(i), field))) {
        return i;
      }
    }
    return -1;
  }

  /** Custom properties merge by {@code property}; the child's value wins and reserved names are dropped. */
  static ArrayNode customProperties(JsonNode parent, JsonNode child, Set<String> reserved, Combiner track) {
    ArrayNode kept = Nodes.NODES.arrayNode();
    if (child != null && child.isArray()) {
      child.forEach(p -> {
        String name = Nodes.text(p, "property");
        if (name == null || !reserved.contains(name)) {
          kept.add(p);
        }
      });
    }
    return merge(parent, kept, byField("property"), track);
  }
}
