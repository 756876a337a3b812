package io.quanta.runtime.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.runtime.quality.ObjectPlan.Measure;
import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Each library metric as one aggregate expression, so that all of an object's metrics share one scan.
 * Identifiers come from the catalog (backquoted), values are bound as parameters, and rows are counted
 * with {@code COUNT(CASE WHEN … THEN 1 END)}: never NULL (even over no rows), and cheaper for MySQL than
 * summing a CASE (about a fifth less on a million rows; docs/benchmarks.md).
 */
final class LibraryMeasures {

  private LibraryMeasures() {
  }

  static Measure compile(PlannedRule rule, Metric metric, Map<String, JsonNode> arguments, Table table, Column column) {
    if (metric.needsProperty() && column == null) {
      throw new RuleProblem(metric.odcsName() + " counts values of one property: put the rule under the property");
    }
    if (metric == Metric.ROW_COUNT && Unit.PERCENT.word().equals(rule.unit())) {
      throw new RuleProblem("rowCount counts rows; unit percent does not apply to it");
    }
    Map<String, JsonNode> args = arguments == null ? Map.of() : arguments;
    return switch (metric) {
      case ROW_COUNT -> new Measure(rule, "COUNT(*)", List.of());
      case NULL_VALUES -> new Measure(rule, "COUNT(*) - COUNT(" + quote(column) + ")", List.of());
      case MISSING_VALUES -> missing(rule, args, column);
      case INVALID_VALUES -> invalid(rule, args, column);
      case DUPLICATE_VALUES -> column != null
          ? new Measure(rule, "COUNT(" + quote(column) + ") - COUNT(DISTINCT " + quote(column) + ")", List.of())
          : duplicateTuples(rule, args, table);
    };
  }

  private static Measure missing(PlannedRule rule, Map<String, JsonNode> args, Column column) {
    JsonNode listed = args.get("missingValues");
    List<JsonNode> values = new ArrayList<>();
    if (listed == null || listed.isNull()) {
      values.add(null);
      values.add(com.fasterxml.jackson.databind.node.TextNode.valueOf(""));
    } else if (listed.isArray()) {
      listed.forEach(values::add);
    } else {
      throw new RuleProblem("arguments.missingValues must be a list, like [null, '', 'N/A']");
    }
    boolean nulls = values.stream().anyMatch(v -> v == null || v.isNull());
    List<Object> typed = typed(column, values);
    List<String> parts = new ArrayList<>();
    if (nulls) {
      parts.add(quote(column) + " IS NULL");
    }
    if (!typed.isEmpty()) {
      parts.add(quote(column) + " IN (" + placeholders(typed.size()) + ")");
    }
    if (nulls && typed.size() <= 1) {
      // NULL, or NULL and one value (the default: NULL and ''): counting what is left is cheaper than a CASE.
      return new Measure(rule, typed.isEmpty() ? "COUNT(*) - COUNT(" + quote(column) + ")"
          : "COUNT(*) - COUNT(NULLIF(" + quote(column) + ", ?))", typed);
    }
    return parts.isEmpty() ? new Measure(rule, "0", List.of())
        : new Measure(rule, count(String.join(" OR ", parts)), typed);
  }

  private static Measure invalid(PlannedRule rule, Map<String, JsonNode> args, Column column) {
    JsonNode valid = args.get("validValues");
    JsonNode pattern = args.get("pattern");
    boolean hasValid = valid != null && !valid.isNull();
    boolean hasPattern = pattern != null && !pattern.isNull();
    if (!hasValid && !hasPattern) {
      throw new RuleProblem("invalidValues needs arguments.validValues (a list) or arguments.pattern (a regular"
          + " expression)");
    }
    List<String> validWhen = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (hasValid) {
      if (!valid.isArray()) {
        throw new RuleProblem("arguments.validValues must be a list, like ['kg', 'lb']");
      }
      List<JsonNode> values = new ArrayList<>();
      valid.forEach(values::add);
      List<Object> typed = typed(column, values);
      validWhen.add(typed.isEmpty() ? "1 = 0" : quote(column) + " IN (" + placeholders(typed.size()) + ")");
      parameters.addAll(typed);
    }
    if (hasPattern) {
      if (!pattern.isTextual()) {
        throw new RuleProblem("arguments.pattern must be a regular expression in quotes");
      }
      try {
        Pattern.compile(pattern.textValue());
      } catch (PatternSyntaxException e) {
        throw new RuleProblem("arguments.pattern is not a valid regular expression: " + e.getDescription());
      }
      validWhen.add(quote(column) + " REGEXP ?");
      parameters.add(pattern.textValue());
    }
    return new Measure(rule, count(quote(column) + " IS NOT NULL AND NOT (" + String.join(" AND ", validWhen) + ")"),
        parameters);
  }

  private static Measure duplicateTuples(PlannedRule rule, Map<String, JsonNode> args, Table table) {
    JsonNode names = args.get("properties");
    if (names == null || !names.isArray() || names.isEmpty()) {
      throw new RuleProblem("duplicateValues on an object needs arguments.properties, the properties whose"
          + " combination must be unique, like [tenant_id, order_id]");
    }
    List<Column> columns = new ArrayList<>();
    for (JsonNode name : names) {
      Column column = table.column(name.asText()).orElseThrow(() -> new RuleProblem("arguments.properties names '"
          + name.asText() + "', which is not a property of " + table.object()));
      columns.add(column);
    }
    String complete = columns.stream().map(c -> quote(c) + " IS NOT NULL").collect(Collectors.joining(" AND "));
    String tuple = columns.stream().map(LibraryMeasures::quote).collect(Collectors.joining(", "));
    return new Measure(rule, count(complete) + " - COUNT(DISTINCT " + tuple + ")", List.of());
  }

  private static List<Object> typed(Column column, List<JsonNode> values) {
    List<Object> out = new ArrayList<>();
    for (JsonNode value : values) {
      ArgumentValues.convert(column, value).filter(v -> !out.contains(v)).ifPresent(out::add);
    }
    return out;
  }

  private static String count(String condition) {
    return "COUNT(CASE WHEN " + condition + " THEN 1 END)";
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static String quote(Column column) {
    return "`" + column.columnName() + "`";
  }
}
