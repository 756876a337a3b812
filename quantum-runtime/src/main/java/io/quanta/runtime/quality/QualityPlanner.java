package io.quanta.runtime.quality;

import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.QualityRule;
import io.quanta.contract.model.SchemaObject;
import io.quanta.contract.model.SchemaProperty;
import io.quanta.runtime.quality.ObjectPlan.Measure;
import io.quanta.runtime.quality.ObjectPlan.SqlCheck;
import io.quanta.runtime.quality.ObjectPlan.Unrunnable;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compiles the contract's quality rules (object level, then each property's) into a {@link QualityPlan}.
 * A rule that cannot run is kept in the plan with the reason, so every rule of the contract shows up
 * in the results.
 */
public final class QualityPlanner {

  private final Set<String> ids = new HashSet<>();
  private final List<PlannedRule> inOrder = new ArrayList<>();

  private QualityPlanner() {
  }

  public static QualityPlan plan(DataContract contract, Catalog catalog) {
    QualityPlanner planner = new QualityPlanner();
    List<ObjectPlan> objects = new ArrayList<>();
    for (SchemaObject object : contract.objects()) {
      Table table = catalog.table(object.name()).orElseThrow();
      List<Measure> measures = new ArrayList<>();
      List<SqlCheck> queries = new ArrayList<>();
      List<Unrunnable> unrunnable = new ArrayList<>();
      for (QualityRule rule : object.qualityRules()) {
        planner.add(rule, table, null, measures, queries, unrunnable);
      }
      for (SchemaProperty property : object.columns()) {
        for (QualityRule rule : property.qualityRules()) {
          planner.add(rule, table, table.column(property.name()).orElseThrow(), measures, queries, unrunnable);
        }
      }
      List<PlannedRule> rules = new ArrayList<>(planner.inOrder);
      planner.inOrder.clear();
      objects.add(new ObjectPlan(table, rules, measures, queries, unrunnable));
    }
    return new QualityPlan(objects);
  }

  private void add(QualityRule rule, Table table, Column column, List<Measure> measures, List<SqlCheck> queries,
      List<Unrunnable> unrunnable) {
    String type = type(rule);
    Metric metric = Metric.named(rule.effectiveMetric()).orElse(null);
    String metricName = type.equals("library") ? metric != null ? metric.odcsName() : rule.effectiveMetric() : null;
    String severity = rule.severity() == null || rule.severity().isBlank() ? "error"
        : rule.severity().trim().toLowerCase(Locale.ROOT);
    String unit = type.equals("library") ? unitOf(rule) : rule.unit();
    Threshold threshold = null;
    String problem = null;
    try {
      threshold = Threshold.of(rule);
    } catch (RuleProblem e) {
      problem = e.getMessage();
    }
    PlannedRule planned = new PlannedRule(id(rule, table, column, metricName != null ? metricName : type),
        table.object(), column == null ? null : column.name(), type, metricName, threshold,
        unit == null ? rule.unit() : unit, severity);
    inOrder.add(planned);
    if (type.equals("text")) {
      unrunnable.add(new Unrunnable(planned, Outcome.SKIPPED, "a text rule describes quality for people;"
          + " there is nothing to run"));
      return;
    }
    if (type.equals("custom")) {
      unrunnable.add(new Unrunnable(planned, Outcome.SKIPPED, "a custom rule for engine '" + rule.engine()
          + "'; Quanta runs library and sql rules only"));
      return;
    }
    try {
      if (problem != null) {
        throw new RuleProblem(problem);
      }
      switch (type) {
        case "sql" -> queries.add(new SqlCheck(planned, SqlGuard.prepare(rule.query(), table, column)));
        case "library" -> measures.add(library(planned, rule, metric, table, column, unit));
        default -> throw new RuleProblem("type '" + rule.type() + "' is not one of library, sql, custom, text");
      }
    } catch (RuleProblem e) {
      unrunnable.add(new Unrunnable(planned, Outcome.ERROR, e.getMessage()));
    }
  }

  private static Measure library(PlannedRule planned, QualityRule rule, Metric metric, Table table, Column column,
      String unit) {
    if (metric == null) {
      throw new RuleProblem(rule.effectiveMetric() == null
          ? "a library rule needs a metric: one of " + Metric.names()
          : "'" + rule.effectiveMetric() + "' is not an ODCS library metric: use one of " + Metric.names());
    }
    if (unit == null) {
      throw new RuleProblem("unit '" + rule.unit() + "' is not rows or percent");
    }
    return LibraryMeasures.compile(planned, metric, rule.arguments(), table, column);
  }

  private static String unitOf(QualityRule rule) {
    Unit unit = Unit.parse(rule.unit());
    return unit == null ? null : unit.word();
  }

  /** The ODCS type; when absent, library if a metric is named, sql if a query is given, as the standard reads. */
  private static String type(QualityRule rule) {
    if (rule.type() != null && !rule.type().isBlank()) {
      return rule.type().trim().toLowerCase(Locale.ROOT);
    }
    if (rule.effectiveMetric() == null && rule.query() != null) {
      return "sql";
    }
    if (rule.effectiveMetric() == null && rule.engine() != null) {
      return "custom";
    }
    return "library";
  }

  /**
   * The rule's id, else its name, else where it sits and what it measures; a repeat gets #2, #3…, and a
   * very long one is cut to 200 characters so that it fits its column.
   */
  private String id(QualityRule rule, Table table, Column column, String what) {
    String base = rule.id() != null && !rule.id().isBlank() ? rule.id().trim()
        : rule.name() != null && !rule.name().isBlank() ? rule.name().trim()
        : table.object() + (column == null ? "" : "." + column.name()) + "." + what;
    if (base.length() > 200) {
      base = base.substring(0, 200);
    }
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "#" + n;
    }
    return id;
  }
}
