package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes origins into an effective contract with ODCS's own extension point, so that it stays valid:
 * {@code inheritedFrom} / {@code overrides} custom properties on schema objects, properties and quality
 * rules; at the top, {@code inheritanceChain} and {@code inheritedElements} for what cannot carry custom
 * properties of its own (fundamentals, SLA properties, top-level custom properties).
 */
final class Annotator {

  static final String INHERITED_FROM = "inheritedFrom";
  static final String OVERRIDES = "overrides";
  static final String INHERITANCE_CHAIN = "inheritanceChain";
  static final String INHERITED_ELEMENTS = "inheritedElements";

  /** Pointers in document order: {@code /schema/2} before {@code /schema/10}. */
  private static final Comparator<String> DOCUMENT_ORDER = (a, b) -> {
    String[] x = a.split("/");
    String[] y = b.split("/");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = x[i].matches("\\d+") && y[i].matches("\\d+")
          ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  };

  private Annotator() {
  }

  static ObjectNode annotate(ObjectNode tree, List<ContractRef> chain, Map<String, Origin> origins) {
    ObjectNode annotated = tree.deepCopy();
    ContractRef self = chain.get(0);
    ArrayNode elsewhere = Nodes.NODES.arrayNode();
    origins.keySet().stream().sorted(DOCUMENT_ORDER).forEach(pointer -> {
      Origin origin = origins.get(pointer);
      boolean inherited = origin.inheritedBy(self);
      JsonNode node = annotated.at(pointer);
      if (!inherited && origin.overrides() == null || node.isMissingNode()) {
        return;
      }
      if (pointer.startsWith("/schema/") && node.isObject()) {
        ArrayNode custom = customProperties((ObjectNode) node);
        if (inherited) {
          custom.add(marker(INHERITED_FROM, origin.definedBy().toString()));
        }
        if (origin.overrides() != null) {
          custom.add(marker(OVERRIDES, origin.overrides().toString()));
        }
      } else {
        ObjectNode entry = elsewhere.addObject();
        entry.put("element", pointer);
        boolean listed = pointer.startsWith("/slaProperties/") || pointer.startsWith("/customProperties/");
        entry.put("name", listed ? Nodes.text(node, "property") : pointer.substring(1));
        if (inherited) {
          entry.put(INHERITED_FROM, origin.definedBy().toString());
        }
        if (origin.overrides() != null) {
          entry.put(OVERRIDES, origin.overrides().toString());
        }
      }
    });
    ArrayNode names = Nodes.NODES.arrayNode();
    chain.forEach(ref -> names.add(ref.toString()));
    ArrayNode top = customProperties(annotated);
    top.add(Nodes.NODES.objectNode().put("property", INHERITANCE_CHAIN).set("value", names));
    if (!elsewhere.isEmpty()) {
      top.add(Nodes.NODES.objectNode().put("property", INHERITED_ELEMENTS).set("value", elsewhere));
    }
    return annotated;
  }

  private static ArrayNode customProperties(ObjectNode node) {
    JsonNode existing = node.get("customProperties");
    if (existing != null && existing.isArray()) {
      return (ArrayNode) existing;
    }
    return node.putArray("customProperties");
  }

  private static ObjectNode marker(String property, String value) {
    return Nodes.NODES.objectNode().put("property", property).put("value", value);
  }
}
