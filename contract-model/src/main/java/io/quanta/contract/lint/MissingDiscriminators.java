package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the errors that come from leaving out a field that {@code if}s branch on. ODCS writes
 * {@code if: {properties: {logicalType: {const: string}}}} without {@code required}, so a property
 * without {@code logicalType} meets every such condition at once, and its {@code logicalTypeOptions}
 * must then satisfy the options of every logical type together. The root cause is the missing field.
 * Only errors under a field that several of those thens constrain are folded.
 */
final class MissingDiscriminators {

  private final SchemaNavigator schema;
  private final JsonNode document;

  MissingDiscriminators(SchemaNavigator schema, JsonNode document) {
    this.schema = schema;
    this.document = document;
  }

  List<Violation> fold(List<Violation> violations) {
    Map<String, Cause> causes = new LinkedHashMap<>();
    List<Violation> kept = new ArrayList<>();
    for (Violation v : violations) {
      Cause cause = cause(v);
      if (cause == null) {
        kept.add(v);
      } else {
        causes.merge(cause.element() + " " + cause.field(), cause, Cause::merge);
      }
    }
    causes.values().forEach(c -> kept.add(Violation.summary("schema-conditional", c.element(), List.of(),
        List.of(c.field()), Words.where(c.element()) + " has no " + c.field() + ", so the rules for every "
            + c.field() + " apply to it at once and contradict each other; add " + c.field() + " (one of "
            + Words.either(List.copyOf(c.values())) + ")")));
    return kept;
  }

  /** The missing if-field behind a violation, or null when the violation has another cause. */
  private Cause cause(Violation v) {
    List<Object> evaluation = v.evaluation();
    for (int then = evaluation.indexOf("then"); then >= 0; then = next(evaluation, then)) {
      JsonNode conditional = schema.walk(evaluation, then);
      JsonNode condition = conditional.path("if");
      String element = ancestor(v, evaluation.subList(then + 1, evaluation.size()));
      JsonNode instance = element == null ? null : document.at(element);
      if (instance == null || !instance.isObject()) {
        continue;
      }
      List<Object> inside = evaluation.subList(then + 1, evaluation.size());
      if (inside.size() < 2 || !"properties".equals(inside.get(0)) || constrainingThens(evaluation, then,
          String.valueOf(inside.get(1))) < 2) {
        continue;
      }
      List<JsonNode> tests = new ArrayList<>(List.of(condition));
      condition.path("anyOf").forEach(tests::add);
      for (JsonNode test : tests) {
        String field = absentTestedField(test, instance);
        if (field != null) {
          return new Cause(element, field, siblingValues(evaluation, then, field));
        }
      }
    }
    return null;
  }

  /** A field the condition compares to a constant without requiring it, and that the element lacks. */
  private static String absentTestedField(JsonNode condition, JsonNode instance) {
    var tested = condition.path("properties").fields();
    while (tested.hasNext()) {
      var entry = tested.next();
      String field = entry.getKey();
      boolean required = false;
      for (JsonNode name : condition.path("required")) {
        required |= name.asText().equals(field);
      }
      if (!required && !instance.has(field) && entry.getValue().has("const")) {
        return field;
      }
    }
    return null;
  }

  private static int next(List<Object> evaluation, int from) {
    int index = evaluation.subList(from + 1, evaluation.size()).indexOf("then");
    return index < 0 ? -1 : from + 1 + index;
  }

  /** The element the conditional applied to: the failing element minus the steps taken inside the then. */
  private static String ancestor(Violation v, List<Object> inside) {
    int descents = 0;
    for (int i = 0; i < inside.size() - 1; i++) {
      Object step = inside.get(i);
      if ("properties".equals(step) || "patternProperties".equals(step)) {
        descents++;
        i++;
      } else if ("items".equals(step) || "additionalProperties".equals(step)) {
        descents++;
      }
    }
    String path = v.instancePath();
    for (int i = 0; i < descents; i++) {
      int slash = path.lastIndexOf('/');
      if (slash < 0) {
        return null;
      }
      path = path.substring(0, slash);
    }
    return path;
  }

  /**
   * How many sibling thens constrain a field. Only a field several of them constrain differently
   * ({@code logicalTypeOptions}) makes them contradict; an error under a field only one constrains
   * (nested {@code properties}) has a cause of its own.
   */
  private int constrainingThens(List<Object> evaluation, int then, String field) {
    JsonNode siblings = then >= 2 ? schema.walk(evaluation, then - 1) : null;
    int count = 0;
    if (siblings != null && siblings.isArray()) {
      for (JsonNode sibling : siblings) {
        count += sibling.path("then").path("properties").has(field) ? 1 : 0;
      }
    }
    return count;
  }

  /** The values the sibling if-conditions test the field for: the field's possible values. */
  private Set<String> siblingValues(List<Object> evaluation, int then, String field) {
    Set<String> values = new LinkedHashSet<>();
    JsonNode siblings = then >= 2 ? schema.walk(evaluation, then - 1) : null;
    if (siblings != null && siblings.isArray()) {
      for (JsonNode sibling : siblings) {
        collect(sibling.path("if"), field, values);
      }
    }
    return values;
  }

  private static void collect(JsonNode condition, String field, Set<String> values) {
    JsonNode constant = condition.path("properties").path(field).path("const");
    if (constant.isTextual()) {
      values.add(constant.asText());
    }
    condition.path("anyOf").forEach(branch -> collect(branch, field, values));
  }

  /** An element that lacks a field the conditions branch on, with the values that field can take. */
  private record Cause(String element, String field, Set<String> values) {
    Cause merge(Cause other) {
      Set<String> all = new LinkedHashSet<>(values);
      all.addAll(other.values);
      return new Cause(element, field, all);
    }
  }
}
