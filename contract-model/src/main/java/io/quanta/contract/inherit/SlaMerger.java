package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Merges SLA properties by {@code property} and {@code element}. An override may only be stricter:
 * a shorter latency or frequency, a longer retention, a higher availability, a later end of support;
 * a property Quanta does not know must keep its value.
 */
final class SlaMerger {

  private static final Set<String> SHORTER = Set.of("latency", "frequency", "timetodetect", "timetonotify",
      "timetorepair");
  private static final Set<String> LONGER = Set.of("retention");
  private static final Set<String> HIGHER = Set.of("availability");
  private static final Set<String> LATER = Set.of("endofsupport", "endoflife");

  private final MergeContext ctx;

  SlaMerger(MergeContext ctx) {
    this.ctx = ctx;
  }

  ArrayNode merge(JsonNode parent, JsonNode child) {
    return ListMerge.merge(parent, child, SlaMerger::match, (p, c, index, childIndex) -> {
      String element = Nodes.text(c, "element");
      String name = "SLA " + Nodes.text(c, "property") + (element == null ? "" : " on " + element);
      return entry(p, c, Place.ROOT.element("slaProperties", index, childIndex, name));
    });
  }

  /**
   * The same property on the same element; among several, the one with the same driver. A child entry
   * without an element matches the parent's only entry of that property, whatever its element.
   */
  private static int match(ArrayNode merged, int inherited, JsonNode entry) {
    String property = Nodes.lower(entry, "property");
    String element = Nodes.text(entry, "element");
    List<Integer> same = new ArrayList<>();
    List<Integer> anyElement = new ArrayList<>();
    for (int i = 0; i < inherited; i++) {
      if (property != null && property.equals(Nodes.lower(merged.get(i), "property"))) {
        anyElement.add(i);
        if (Objects.equals(element, Nodes.text(merged.get(i), "element"))) {
          same.add(i);
        }
      }
    }
    if (same.size() > 1) {
      same.removeIf(i -> !Objects.equals(Nodes.text(entry, "driver"), Nodes.text(merged.get(i), "driver")));
    }
    if (same.isEmpty() && element == null) {
      same = anyElement;
    }
    return same.size() == 1 ? same.get(0) : -1;
  }

  private JsonNode entry(JsonNode parent, JsonNode child, Place at) {
    ctx.declared(at, parent != null);
    ObjectNode merged = parent == null ? Nodes.NODES.objectNode() : Nodes.copy(parent);
    child.fields().forEachRemaining(f -> {
      if (!f.getValue().isNull()) {
        merged.set(f.getKey(), f.getValue());
      }
    });
    if (parent != null) {
      String rule = violation(parent, merged);
      if (rule != null) {
        ctx.illegal("override-sla", at, "value", new TextNode(show(parent)), new TextNode(show(merged)), rule);
      }
    }
    return merged;
  }

  /** Why the merged entry promises less than the parent's, or null when it promises as much or more. */
  private static String violation(JsonNode was, JsonNode now) {
    String property = Objects.requireNonNullElse(Nodes.lower(was, "property"), "");
    JsonNode before = Nodes.get(was, "value");
    JsonNode after = Nodes.get(now, "value");
    if (!Nodes.same(Nodes.get(was, "valueExt"), Nodes.get(now, "valueExt"))) {
      return "valueExt must stay as inherited";
    }
    String unit = Nodes.text(was, "unit");
    String newUnit = Nodes.text(now, "unit");
    Optional<Integer> order = Optional.empty();
    if (SHORTER.contains(property) || LONGER.contains(property)) {
      Optional<BigDecimal> a = Durations.seconds(before, unit);
      Optional<BigDecimal> b = Durations.seconds(after, newUnit);
      if (a.isEmpty() && b.isEmpty() && unit == null && newUnit == null) {
        a = Nodes.number(before);
        b = Nodes.number(after);
      }
      order = a.isPresent() && b.isPresent() ? Optional.of(b.get().compareTo(a.get())) : Optional.empty();
      if (SHORTER.contains(property)) {
        order = order.map(c -> -c);
      }
    } else if (HIGHER.contains(property) && Objects.equals(unit, newUnit)) {
      order = Nodes.number(before).flatMap(a -> Nodes.number(after).map(b -> b.compareTo(a)));
    } else if (LATER.contains(property)) {
      order = Durations.instant(before).flatMap(a -> Durations.instant(after).map(b -> Long.compare(b, a)));
    }
    if (order.isPresent()) {
      return order.get() >= 0 ? null : property + " may only get " + direction(property);
    }
    boolean unchanged = Nodes.same(before, after) && Objects.equals(unit, newUnit);
    return unchanged ? null : "the values of this SLA property do not compare, so it must stay as inherited";
  }

  private static String direction(String property) {
    if (SHORTER.contains(property)) {
      return "shorter";
    }
    return LONGER.contains(property) ? "longer" : HIGHER.contains(property) ? "higher" : "later";
  }

  private static String show(JsonNode entry) {
    String unit = Nodes.text(entry, "unit");
    return Nodes.show(entry.get("value")) + (unit == null ? "" : " " + unit);
  }
}
