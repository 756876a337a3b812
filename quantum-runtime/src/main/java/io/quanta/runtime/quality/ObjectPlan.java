package io.quanta.runtime.quality;

import io.quanta.runtime.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of one object: its library metrics folded into ONE scan (a row count plus one aggregate
 * per rule), its {@code sql} rules as separate statements, and the rules that cannot run, with why.
 * {@code rules} lists them all in contract order: the object's own rules, then each property's.
 */
public record ObjectPlan(Table table, List<PlannedRule> rules, List<Measure> measures, List<SqlCheck> queries,
    List<Unrunnable> unrunnable) {

  /** A library rule as an aggregate expression over the object's table, with its bound values. */
  public record Measure(PlannedRule rule, String expression, List<Object> parameters) {
  }

  /** An {@code sql} rule with its placeholders filled, checked to be one read-only query. */
  public record SqlCheck(PlannedRule rule, String sql) {
  }

  /** A rule that is not run: skipped (text, custom) or in error (bad definition), with the reason. */
  public record Unrunnable(PlannedRule rule, Outcome outcome, String detail) {
  }

  /** The one statement that measures every library rule of this object (and counts its rows). */
  public record Scan(String sql, List<Object> parameters) {
  }

  public ObjectPlan {
    rules = List.copyOf(rules);
    measures = List.copyOf(measures);
    queries = List.copyOf(queries);
    unrunnable = List.copyOf(unrunnable);
  }

  /** The scan for all measures. */
  public Scan scan() {
    return scan(measures);
  }

  /** The scan for some measures (all of them normally; one at a time to isolate a failing rule). */
  public Scan scan(List<Measure> only) {
    StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
    List<Object> parameters = new ArrayList<>();
    for (Measure m : only) {
      sql.append(", ").append(m.expression());
      parameters.addAll(m.parameters());
    }
    sql.append(" FROM `").append(table.tableName()).append('`');
    return new Scan(sql.toString(), parameters);
  }
}
