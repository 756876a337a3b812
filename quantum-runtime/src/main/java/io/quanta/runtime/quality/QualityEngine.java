package io.quanta.runtime.quality;

import io.quanta.runtime.quality.ObjectPlan.Measure;
import io.quanta.runtime.quality.ObjectPlan.Scan;
import io.quanta.runtime.quality.ObjectPlan.SqlCheck;
import io.quanta.runtime.quality.ObjectPlan.Unrunnable;
import io.quanta.runtime.storage.Storage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link QualityPlan} on one connection, read-only: per object one scan for every library rule,
 * then each sql rule, each statement under the query timeout. A scan that fails on a statement error
 * is retried rule by rule, so one bad rule (say a pattern MySQL rejects) does not hide the others.
 * Storage being unreachable is not a rule's fault: it fails the whole check.
 */
public final class QualityEngine {

  /** What one run measured. {@code rows} is each object's exact row count, from its scan. */
  public record Report(List<QualityResult> results, int statements, Map<String, Long> rows) {
  }

  private final int timeoutSeconds;
  private final Clock clock;

  public QualityEngine(int timeoutSeconds, Clock clock) {
    this.timeoutSeconds = timeoutSeconds;
    this.clock = clock;
  }

  public Report run(Connection connection, QualityPlan plan, String checkId) throws SQLException {
    connection.setReadOnly(true);
    Run run = new Run(checkId);
    for (ObjectPlan object : plan.objects()) {
      scan(connection, object, run);
      for (SqlCheck query : object.queries()) {
        query(connection, query, run);
      }
      for (Unrunnable rule : object.unrunnable()) {
        run.add(rule.rule(), null, rule.outcome(), rule.detail());
      }
    }
    return new Report(run.results, run.statements, run.rows);
  }

  private void scan(Connection connection, ObjectPlan object, Run run) throws SQLException {
    try {
      measure(connection, object, object.measures(), run);
    } catch (SQLException e) {
      if (Storage.isUnavailable(e)) {
        throw e;
      }
      if (object.measures().size() <= 1 || e instanceof SQLTimeoutException) {
        for (Measure m : object.measures()) {
          run.add(m.rule(), null, Outcome.ERROR, failure(e));
        }
        return;
      }
      for (Measure m : object.measures()) {
        try {
          measure(connection, object, List.of(m), run);
        } catch (SQLException alone) {
          if (Storage.isUnavailable(alone)) {
            throw alone;
          }
          run.add(m.rule(), null, Outcome.ERROR, failure(alone));
        }
      }
    }
  }

  private void measure(Connection connection, ObjectPlan object, List<Measure> measures, Run run) throws SQLException {
    Scan scan = object.scan(measures);
    run.statements++;
    try (PreparedStatement s = connection.prepareStatement(scan.sql())) {
      s.setQueryTimeout(timeoutSeconds);
      for (int i = 0; i < scan.parameters().size(); i++) {
        s.setObject(i + 1, scan.parameters().get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        long rows = rs.getLong(1);
        run.rows.put(object.table().object(), rows);
        for (int i = 0; i < measures.size(); i++) {
          PlannedRule rule = measures.get(i).rule();
          double count = rs.getDouble(i + 2);
          boolean percent = Unit.PERCENT.word().equals(rule.unit());
          double measured = percent ? rows == 0 ? 0 : count * 100.0 / rows : count;
          run.judge(rule, measured, percent ? Threshold.number(count) + " of " + rows + " rows" : null);
        }
      }
    }
  }

  private void query(Connection connection, SqlCheck query, Run run) throws SQLException {
    run.statements++;
    try (Statement s = connection.createStatement()) {
      s.setQueryTimeout(timeoutSeconds);
      try (ResultSet rs = s.executeQuery(query.sql())) {
        if (!rs.next()) {
          run.add(query.rule(), null, Outcome.ERROR, "the query returned no row; it must return one number");
          return;
        }
        if (rs.getMetaData().getColumnCount() != 1) {
          run.add(query.rule(), null, Outcome.ERROR, "the query returned " + rs.getMetaData().getColumnCount()
              + " columns; it must return one number");
          return;
        }
        Object value = rs.getObject(1);
        if (rs.next()) {
          run.add(query.rule(), null, Outcome.ERROR, "the query returned several rows; it must return one number");
          return;
        }
        Double number = value instanceof Number n ? Double.valueOf(n.doubleValue())
            : value instanceof Boolean b ? Double.valueOf(b ? 1 : 0) : null;
        if (number == null) {
          run.add(query.rule(), null, Outcome.ERROR, value == null
              ? "the query returned NULL; it must return one number" : "the query returned text, not a number");
          return;
        }
        run.judge(query.rule(), number, null);
      }
    } catch (SQLException e) {
      if (Storage.isUnavailable(e)) {
        throw e;
      }
      run.add(query.rule(), null, Outcome.ERROR, failure(e));
    }
  }

  private String failure(SQLException e) {
    if (e instanceof SQLTimeoutException) {
      return "the query did not finish within " + timeoutSeconds + " s (quality.queryTimeoutSeconds)";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "the database refused the query: " + (message.length() > 400 ? message.substring(0, 400) + "…" : message);
  }

  /** Results and counters of one run. */
  private final class Run {
    final String checkId;
    final List<QualityResult> results = new ArrayList<>();
    final Map<String, Long> rows = new LinkedHashMap<>();
    int statements;

    Run(String checkId) {
      this.checkId = checkId;
    }

    void judge(PlannedRule rule, double measured, String basis) {
      Threshold threshold = rule.threshold();
      String value = Threshold.number(measured) + ("percent".equals(rule.unit()) ? "%" : "")
          + (basis == null ? "" : " (" + basis + ")");
      if (threshold.none()) {
        add(rule, measured, Outcome.PASS, "measured " + value + "; the rule sets no threshold, so it is reported only");
      } else if (threshold.accepts(measured)) {
        add(rule, measured, Outcome.PASS, "measured " + value + ", expected " + threshold.text());
      } else {
        add(rule, measured, Outcome.missed(rule.severity()), "measured " + value + ", expected " + threshold.text());
      }
    }

    void add(PlannedRule rule, Double measured, Outcome outcome, String detail) {
      results.add(new QualityResult(checkId, rule.id(), rule.type(), rule.object(), rule.property(), rule.metric(),
          measured, rule.threshold() == null ? null : rule.threshold().text(), rule.unit(), rule.severity(), outcome,
          detail, clock.instant()));
    }
  }
}
