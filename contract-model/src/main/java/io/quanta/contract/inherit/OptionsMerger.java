package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges {@code logicalTypeOptions} key by key: the child may add a constraint or narrow one (a lower
 * maximum, a higher minimum, a multiple of the step, fewer allowed values) but not widen one.
 */
final class OptionsMerger {

  private static final Set<String> UPPER = Set.of("maxLength", "maximum", "exclusiveMaximum", "maxItems",
      "maxProperties");
  private static final Set<String> LOWER = Set.of("minLength", "minimum", "exclusiveMinimum", "minItems",
      "minProperties");
  private static final Set<String> FLAGS = Set.of("uniqueItems");
  private static final Set<String> ALLOWED_VALUES = Set.of("enum", "values", "allowedValues");
  private static final Set<String> REQUIRED_NAMES = Set.of("required");

  private final MergeContext ctx;

  OptionsMerger(MergeContext ctx) {
    this.ctx = ctx;
  }

  JsonNode merge(JsonNode parent, JsonNode child, Place at) {
    if (parent == null || !parent.isObject() || child == null || !child.isObject()) {
      return child != null ? child : parent;
    }
    ObjectNode merged = Nodes.copy(parent);
    for (Iterator<Map.Entry<String, JsonNode>> it = child.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> option = it.next();
      String key = option.getKey();
      JsonNode now = option.getValue();
      JsonNode was = Nodes.get(parent, key);
      if (was == null || now.isNull()) {
        Nodes.put(merged, key, now.isNull() ? was : now);
      } else if (REQUIRED_NAMES.contains(key)) {
        merged.set(key, Nodes.union(was, now));
      } else {
        String rule = violation(key, was, now);
        if (rule != null) {
          ctx.illegal("override-options", at, "logicalTypeOptions/" + key, was, now, rule);
        }
        merged.set(key, now);
      }
    }
    return merged;
  }

  /** Why the new value widens the old one, or null when it does not. */
  private static String violation(String key, JsonNode was, JsonNode now) {
    if (UPPER.contains(key)) {
      return Tightening.compare(now, was).map(c -> c <= 0).orElse(Nodes.same(was, now))
          ? null : key + " may only get smaller";
    }
    if (LOWER.contains(key)) {
      return Tightening.compare(now, was).map(c -> c >= 0).orElse(Nodes.same(was, now))
          ? null : key + " may only get larger";
    }
    if (FLAGS.contains(key)) {
      return Tightening.flagKept(was, now) ? null : key + " may be turned on, never off";
    }
    if (key.equals("multipleOf")) {
      return isMultiple(now, was) ? null : "multipleOf may only become a multiple of the inherited step";
    }
    if (ALLOWED_VALUES.contains(key)) {
      return isSubset(now, was) ? null : key + " may only drop values, never add them";
    }
    return Nodes.same(was, now) ? null : key + " must stay as inherited";
  }

  private static boolean isMultiple(JsonNode now, JsonNode was) {
    Optional<BigDecimal> step = Nodes.number(now);
    Optional<BigDecimal> base = Nodes.number(was);
    return step.isPresent() && base.isPresent() && base.get().signum() != 0
        && step.get().remainder(base.get()).signum() == 0;
  }

  private static boolean isSubset(JsonNode now, JsonNode was) {
    if (!now.isArray() || !was.isArray()) {
      return Nodes.same(was, now);
    }
    Set<JsonNode> allowed = new HashSet<>();
    was.forEach(allowed::add);
    for (JsonNode value : now) {
      if (!allowed.contains(value)) {
        return false;
      }
    }
    return true;
  }
}
