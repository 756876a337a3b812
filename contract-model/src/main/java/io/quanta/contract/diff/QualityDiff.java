package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.model.QualityRule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares quality rules, matched by id, else name, else metric, else position. A rule is a promise
 * about the data, so removing or loosening it breaks; adding or tightening it does not. A rule that now
 * checks something else (metric, query, unit, engine…) cannot be ordered and counts as breaking.
 */
final class QualityDiff {

  private static final List<String> DEFINITION = List.of("type", "metric", "query", "engine", "implementation",
      "unit", "arguments");
  private static final List<String> SETTINGS = List.of("dimension", "method", "schedule", "scheduler");
  private static final Map<String, Integer> SEVERITY = Map.of("info", 0, "warning", 1, "warn", 1, "error", 2,
      "critical", 3, "fatal", 3);

  private QualityDiff() {
  }

  static void compare(ChangeLog log, String element, List<QualityRule> before, List<QualityRule> after) {
    for (Keyed.Pair<QualityRule> pair : Keyed.match(before, after, QualityDiff::key)) {
      String path = ChangeLog.path(element, "quality", pair.key());
      if (pair.after() == null) {
        log.add(path, ChangeKind.QUALITY_RULE_REMOVED, pair.key(), null,
            "consumers lose the guarantee it checked");
      } else if (pair.before() == null) {
        log.add(path, ChangeKind.QUALITY_RULE_ADDED, null, pair.key(), "a new guarantee: tighter");
      } else {
        rule(log, path, pair.before(), pair.after());
      }
    }
  }

  private static String key(QualityRule rule) {
    if (rule.id() != null) {
      return rule.id();
    }
    return rule.name() != null ? rule.name() : rule.effectiveMetric();
  }

  private static void rule(ChangeLog log, String path, QualityRule old, QualityRule neu) {
    ObjectNode was = definition(old);
    ObjectNode now = definition(neu);
    boolean redefined = false;
    for (String field : DEFINITION) {
      if (!OtherFields.same(was.get(field), now.get(field))) {
        redefined = true;
        log.add(ChangeLog.path(path, field), ChangeKind.QUALITY_RULE_CHANGED, ChangeLog.show(was.get(field)),
            ChangeLog.show(now.get(field)), "the rule checks something else now: it may no longer hold what "
                + "consumers relied on");
      }
    }
    Vocabulary.compare(log, ChangeLog.path(path, "arguments", "validValues"), was.get("validValues"),
        now.get("validValues"), "valid value");
    threshold(log, path, old, neu, redefined);
    severity(log, ChangeLog.path(path, "severity"), old.severity(), neu.severity());
    JsonNode oldTree = Elements.tree(old);
    JsonNode newTree = Elements.tree(neu);
    for (String field : SETTINGS) {
      if (!OtherFields.same(oldTree.get(field), newTree.get(field))) {
        log.add(ChangeLog.path(path, field), ChangeKind.QUALITY_SCHEDULE_CHANGED, ChangeLog.show(oldTree.get(field)),
            ChangeLog.show(newTree.get(field)), "how or when the rule runs, not what it promises");
      }
    }
    OtherFields.compare(log, path, oldTree, newTree, handled(oldTree, newTree));
  }

  /** The fields that say what is measured; the deprecated {@code rule} counts as {@code metric}. */
  private static ObjectNode definition(QualityRule rule) {
    ObjectNode node = (ObjectNode) Elements.tree(rule);
    node.remove("rule");
    if (rule.effectiveMetric() != null) {
      node.put("metric", rule.effectiveMetric());
    }
    if (!node.hasNonNull("type")) {
      node.put("type", rule.effectiveMetric() != null ? "library" : "text");
    }
    JsonNode arguments = node.get("arguments");
    if (arguments instanceof ObjectNode args && args.has("validValues")) {
      node.set("validValues", args.get("validValues"));
      ObjectNode rest = args.deepCopy();
      rest.remove("validValues");
      node.set("arguments", rest.isEmpty() ? null : rest);
    }
    return node;
  }

  private static void threshold(ChangeLog log, String path, QualityRule old, QualityRule neu, boolean redefined) {
    String was = Threshold.describe(Elements.tree(old));
    String now = Threshold.describe(Elements.tree(neu));
    if (was.equals(now)) {
      return;
    }
    Threshold before = Threshold.of(old);
    Threshold after = Threshold.of(neu);
    String at = ChangeLog.path(path, "threshold");
    if (redefined || before == null || after == null) {
      log.add(at, ChangeKind.QUALITY_RULE_CHANGED, was, now, "the thresholds cannot be compared: the rule may "
          + "accept data the old one rejected");
      return;
    }
    switch (after.against(before)) {
      case SAME -> log.add(at, ChangeKind.METADATA_CHANGED, was, now, "the same threshold, written differently");
      case STRICTER -> log.add(at, ChangeKind.QUALITY_RULE_TIGHTENED, was, now, "accepts less: tighter");
      case LOOSER -> log.add(at, ChangeKind.QUALITY_RULE_LOOSENED, was, now,
          "accepts data the old rule rejected: consumers get less than promised");
      default -> log.add(at, ChangeKind.QUALITY_RULE_CHANGED, was, now,
          "accepts some data the old rule rejected: consumers get less than promised");
    }
  }

  /** Ordered info < warning < error < critical; a missing severity is below info. */
  private static void severity(ChangeLog log, String path, String before, String after) {
    String was = before == null ? null : before.trim().toLowerCase(Locale.ROOT);
    String now = after == null ? null : after.trim().toLowerCase(Locale.ROOT);
    if (Objects.equals(before, after)) {
      return;
    }
    if (Objects.equals(was, now)) {
      log.add(path, ChangeKind.METADATA_CHANGED, before, after, "the same severity, written differently");
      return;
    }
    Integer from = was == null ? Integer.valueOf(-1) : SEVERITY.get(was);
    Integer to = now == null ? Integer.valueOf(-1) : SEVERITY.get(now);
    if (from == null || to == null) {
      log.add(path, ChangeKind.QUALITY_RULE_CHANGED, before, after,
          "cannot tell whether the severity is lower (known: info < warning < error < critical)");
    } else if (to < from) {
      log.add(path, ChangeKind.QUALITY_SEVERITY_LOWERED, before, after,
          "a failure now has milder consequences: consumers are less protected");
    } else if (to > from) {
      log.add(path, ChangeKind.QUALITY_SEVERITY_RAISED, before, after, "a failure now matters more: tighter");
    }
  }

  private static Set<String> handled(JsonNode old, JsonNode neu) {
    Set<String> fields = new java.util.HashSet<>(DEFINITION);
    fields.addAll(SETTINGS);
    fields.addAll(Set.of("rule", "severity"));
    old.fieldNames().forEachRemaining(f -> addOperator(fields, f));
    neu.fieldNames().forEachRemaining(f -> addOperator(fields, f));
    return fields;
  }

  private static void addOperator(Set<String> fields, String field) {
    if (field.startsWith("mustB") || field.startsWith("mustNot")) {
      fields.add(field);
    }
  }
}
