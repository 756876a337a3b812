package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Merges schema objects and their properties by name, recursively through nested {@code properties}
 * and array {@code items}, refusing retypes and loosened flags on the way.
 */
final class SchemaMerger {

  static final Set<String> ELEMENT_MARKERS = Set.of(Annotator.INHERITED_FROM, Annotator.OVERRIDES);
  private static final ObjectNode NOTHING = Nodes.NODES.objectNode();

  private final MergeContext ctx;

  SchemaMerger(MergeContext ctx) {
    this.ctx = ctx;
  }

  ArrayNode objects(JsonNode parent, JsonNode child) {
    return ListMerge.merge(parent, child, ListMerge.byField("name"), (p, c, index, childIndex) ->
        object(p, c, Place.ROOT.element("schema", index, childIndex, nameOf(c, "object #" + (index + 1)))));
  }

  private ObjectNode object(JsonNode parent, JsonNode child, Place at) {
    ctx.declared(at, parent != null);
    JsonNode p = parent == null ? NOTHING : parent;
    ObjectNode merged = Nodes.NODES.objectNode();
    for (String field : fields(p, child)) {
      JsonNode was = Nodes.get(p, field);
      JsonNode now = Nodes.get(child, field);
      switch (field) {
        case "logicalType", "physicalType" -> {
          if (was != null && now != null && !Tightening.sameType(was.asText(), now.asText())) {
            ctx.illegal("override-retype", at, field, was, now, "a child may not change the type of an object");
          }
          Nodes.put(merged, field, now != null ? now : was);
        }
        case "properties" -> Nodes.put(merged, field, properties(was, now, at));
        case "quality" -> Nodes.put(merged, field, new QualityMerger(ctx).merge(was, now, at));
        default -> Nodes.put(merged, field, common(field, was, now));
      }
    }
    return merged;
  }

  private ArrayNode properties(JsonNode parent, JsonNode child, Place owner) {
    // Only a child that sets primaryKey needs to know whether the inherited properties have a key.
    boolean keyed = hasKey(child, false) && hasKey(parent, true);
    return ListMerge.merge(parent, child, ListMerge.byField("name"), (p, c, index, childIndex) -> {
      Place at = owner.element("properties", index, childIndex, owner.label() + "." + nameOf(c, "#" + (index + 1)));
      if (p == null && keyed && c.path("primaryKey").asBoolean(false)) {
        ctx.refuse("override-primary-key", at.childPointer() + "/primaryKey", ctx.child() + " adds "
            + at.label() + " to the primary key of " + owner.label() + " (inherited from "
            + ctx.inheritedFrom(owner) + "): a child may not change an inherited primary key");
      }
      return property(p, c, at, keyed);
    });
  }

  /** True when a property sets primaryKey ({@code toTrue}: to true). */
  private static boolean hasKey(JsonNode properties, boolean toTrue) {
    if (properties != null) {
      for (JsonNode property : properties) {
        if (Nodes.has(property, "primaryKey") && (!toTrue || property.get("primaryKey").asBoolean(false))) {
          return true;
        }
      }
    }
    return false;
  }

  private ObjectNode property(JsonNode parent, JsonNode child, Place at, boolean keyed) {
    ctx.declared(at, parent != null);
    JsonNode p = parent == null ? NOTHING : parent;
    ObjectNode merged = Nodes.NODES.objectNode();
    for (String field : fields(p, child)) {
      JsonNode was = Nodes.get(p, field);
      JsonNode now = Nodes.get(child, field);
      if (parent != null && now != null) {
        check(field, was, now, at, keyed, p);
      }
      switch (field) {
        case "logicalTypeOptions" -> Nodes.put(merged, field, new OptionsMerger(ctx).merge(was, now, at));
        case "properties" -> Nodes.put(merged, field, properties(was, now, at));
        case "items" -> Nodes.put(merged, field, now == null ? was
            : property(was, now, at.nested("items", at.label() + "[]"), false));
        case "quality" -> Nodes.put(merged, field, new QualityMerger(ctx).merge(was, now, at));
        default -> Nodes.put(merged, field, common(field, was, now));
      }
    }
    return merged;
  }

  /** Checks one field the child sets on an inherited property; {@code was} is null when the parent left it unset. */
  private void check(String field, JsonNode was, JsonNode now, Place at, boolean keyed, JsonNode parent) {
    switch (field) {
      case "logicalType" -> {
        if (was != null && !Tightening.sameType(was.asText(), now.asText())) {
          ctx.illegal("override-retype", at, field, was, now, "a child may not change a type");
        }
      }
      case "physicalType" -> {
        if (was != null && !Tightening.physicalNarrows(was.asText(), now.asText())) {
          ctx.illegal("override-retype", at, field, was, now,
              "a child may not change a physical type, only narrow its length or precision");
        }
      }
      case "required" -> flag(field, was, now, at, "a child may make a property required, never optional");
      case "unique" -> flag(field, was, now, at, "a child may make a property unique, never drop uniqueness");
      case "criticalDataElement" -> flag(field, was, now, at,
          "a child may mark a critical data element, never unmark it");
      case "primaryKey" -> {
        boolean declaresKey = !keyed && now.asBoolean(false);
        boolean wasKey = was != null && was.asBoolean(false);
        if (wasKey != now.asBoolean(false) && !declaresKey) {
          ctx.illegal("override-primary-key", at, field, was, now, "a child may not change an inherited primary key");
        }
      }
      case "primaryKeyPosition" -> {
        if (was != null && parent.path("primaryKey").asBoolean(false) && !Nodes.same(was, now)) {
          ctx.illegal("override-primary-key", at, field, was, now, "a child may not reorder an inherited primary key");
        }
      }
      case "classification" -> {
        if (was != null && !Tightening.classificationRises(was.asText(), now.asText())) {
          ctx.illegal("override-classification", at, field, was, now,
              "classification may only rise (public < internal < confidential < restricted); other values must stay");
        }
      }
      default -> {
      }
    }
  }

  private void flag(String field, JsonNode was, JsonNode now, Place at, String rule) {
    if (!Tightening.flagKept(was, now)) {
      ctx.illegal("override-" + (field.equals("criticalDataElement") ? "critical" : field), at, field, was, now, rule);
    }
  }

  /** Fields merged the same way on objects and properties. */
  static JsonNode common(String field, JsonNode was, JsonNode now) {
    return switch (field) {
      case "tags", "relationships" -> Nodes.union(was, now);
      case "customProperties" -> {
        ArrayNode merged = ListMerge.customProperties(was, now, ELEMENT_MARKERS, (p, c, i, ci) -> c);
        yield merged.isEmpty() && was == null ? null : merged;
      }
      default -> now != null ? now : was;
    };
  }

  /** The parent's fields in order, then the child's new ones; explicit nulls count as absent. */
  static Set<String> fields(JsonNode parent, JsonNode child) {
    Set<String> fields = new LinkedHashSet<>();
    parent.fieldNames().forEachRemaining(fields::add);
    child.fieldNames().forEachRemaining(fields::add);
    fields.removeIf(f -> !Nodes.has(parent, f) && !Nodes.has(child, f));
    return fields;
  }

  static String nameOf(JsonNode element, String fallback) {
    String name = Nodes.text(element, "name");
    return name == null ? fallback : name;
  }
}
