package io.quanta.runtime.pipeline.gate;

import io.quanta.contract.model.DataContract;
import io.quanta.runtime.quality.Outcome;
import io.quanta.runtime.quality.QualityEngine;
import io.quanta.runtime.quality.QualityPlanner;
import io.quanta.runtime.quality.QualityResult;
import io.quanta.runtime.schema.Catalog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The quality gate: the contract's quality rules, compiled by the same planner and measured by the same
 * engine as the quantum's scheduled checks, run on the candidate tables before they are published. A
 * failed rule of error severity refuses the candidate; warnings pass and are recorded.
 */
public final class QualityGate {

  /** What the gate measured, and which rules failed, warned or could not be evaluated. */
  public record Verdict(QualityEngine.Report report, List<QualityResult> failed, List<QualityResult> warned,
      List<QualityResult> errored) {

    public boolean passed() {
      return failed.isEmpty();
    }
  }

  private final DataContract contract;
  private final QualityEngine engine;

  public QualityGate(DataContract contract, int timeoutSeconds, Clock clock) {
    this.contract = contract;
    this.engine = new QualityEngine(timeoutSeconds, clock);
  }

  public Verdict check(Connection connection, Catalog candidate, String checkId) throws SQLException {
    try {
      QualityEngine.Report report = engine.run(connection, QualityPlanner.plan(contract, candidate), checkId);
      return new Verdict(report, only(report, Outcome.FAIL), only(report, Outcome.WARN), only(report, Outcome.ERROR));
    } finally {
      connection.setReadOnly(false);
    }
  }

  private static List<QualityResult> only(QualityEngine.Report report, Outcome outcome) {
    return report.results().stream().filter(r -> r.outcome() == outcome).toList();
  }
}
