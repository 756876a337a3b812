package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/**
 * Merges the quality rules of one element. A child rule overrides the parent rule with the same
 * {@code id}, else the same {@code name}, else (when it has neither) the only parent rule measuring
 * the same library metric; any other child rule is added. An override may only be stricter.
 */
final class QualityMerger {

  /** What a rule measures; changing it makes another rule, which must be added, not overridden. */
  private static final List<String> TARGET = List.of("metric", "rule", "type", "query", "engine", "implementation",
      "arguments");
  private static final List<String> SEVERITIES = List.of("info", "warning", "error");

  private final MergeContext ctx;

  QualityMerger(MergeContext ctx) {
    this.ctx = ctx;
  }

  ArrayNode merge(JsonNode parent, JsonNode child, Place owner) {
    return ListMerge.merge(parent, child, QualityMerger::match, (p, c, index, childIndex) ->
        rule(p, c, owner.element("quality", index, childIndex, "quality rule '" + label(p == null ? c : p)
            + "' of " + owner.label())));
  }

  private static int match(ArrayNode merged, int inherited, JsonNode rule) {
    String id = Nodes.text(rule, "id");
    String name = Nodes.text(rule, "name");
    int index = id == null ? -1 : ListMerge.indexOf(merged, inherited, "id", id);
    if (index < 0 && name != null) {
      index = ListMerge.indexOf(merged, inherited, "name", name);
    }
    String metric = metric(rule);
    if (index >= 0 || id != null || name != null || metric == null) {
      return index;
    }
    int found = -1;
    for (int i = 0; i < inherited; i++) {
      if (metric.equals(metric(merged.get(i)))) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  private JsonNode rule(JsonNode parent, JsonNode child, Place at) {
    ctx.declared(at, parent != null);
    if (parent == null) {
      return overlay(Nodes.NODES.objectNode(), child);
    }
    for (String field : TARGET) {
      JsonNode was = Nodes.get(parent, field);
      JsonNode now = Nodes.get(child, field);
      if (was != null && now != null && !Nodes.same(was, now)) {
        ctx.illegal("override-quality-target", at, field, was, now,
            "a child may not change what a quality rule measures; add a rule with another id instead");
      }
    }
    String unit = Nodes.text(parent, "unit");
    String newUnit = Nodes.text(child, "unit");
    if (unit != null && newUnit != null && !unit.equalsIgnoreCase(newUnit)) {
      ctx.illegal("override-threshold", at, "unit", parent.get("unit"), child.get("unit"),
          "a threshold can only be compared in the unit it was set in");
    }
    if (Threshold.hasOperator(child) && !Threshold.tightens(parent, child)) {
      ctx.illegal("override-threshold", at, operator(child), "the threshold", new TextNode(Threshold.describe(parent)),
          new TextNode(Threshold.describe(child)), "a child's threshold must accept only values the parent's accepts");
    }
    String severity = Nodes.lower(parent, "severity");
    String newSeverity = Nodes.lower(child, "severity");
    if (severity != null && newSeverity != null && !severityKept(severity, newSeverity)) {
      ctx.illegal("override-severity", at, "severity", parent.get("severity"), child.get("severity"),
          "severity may not drop (error > warning > info)");
    }
    ObjectNode base = Nodes.copy(parent);
    if (Threshold.hasOperator(child)) {
      base.remove(Threshold.OPERATORS);
    }
    return overlay(base, child);
  }

  private static ObjectNode overlay(ObjectNode base, JsonNode child) {
    ObjectNode merged = Nodes.NODES.objectNode();
    for (String field : SchemaMerger.fields(base, child)) {
      Nodes.put(merged, field, SchemaMerger.common(field, Nodes.get(base, field), Nodes.get(child, field)));
    }
    return merged;
  }

  private static boolean severityKept(String was, String now) {
    int from = SEVERITIES.indexOf(was.equals("warn") ? "warning" : was);
    int to = SEVERITIES.indexOf(now.equals("warn") ? "warning" : now);
    return from < 0 || to < 0 ? was.equals(now) : to >= from;
  }

  private static String operator(JsonNode rule) {
    return Threshold.OPERATORS.stream().filter(op -> Nodes.has(rule, op)).findFirst().orElse("mustBe");
  }

  private static String metric(JsonNode rule) {
    String metric = Nodes.text(rule, "metric");
    return metric != null ? metric : Nodes.text(rule, "rule");
  }

  private static String label(JsonNode rule) {
    for (String field : new String[] {"id", "name", "metric", "rule", "type"}) {
      String value = Nodes.text(rule, field);
      if (value != null) {
        return value;
      }
    }
    return "rule";
  }
}
