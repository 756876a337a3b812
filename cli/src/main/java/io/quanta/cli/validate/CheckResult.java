package io.quanta.cli.validate;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.FindingsReport;
import io.quanta.contract.finding.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one check of {@code quanta validate}: its name, a status, one line saying what was checked,
 * and the findings.
 */
public record CheckResult(String check, Status status, String summary, List<Finding> findings) {

  /** How a check ended; {@code SKIPPED} when it does not apply or an earlier check failed. */
  public enum Status {
    OK, WARNINGS, ERRORS, SKIPPED;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public CheckResult {
    findings = List.copyOf(findings);
  }

  /** A check that ran: its status follows from the findings. */
  static CheckResult ran(String check, String summary, List<Finding> findings) {
    Status status = FindingsReport.hasErrors(findings) ? Status.ERRORS
        : findings.stream().anyMatch(f -> f.severity() == Severity.WARNING) ? Status.WARNINGS : Status.OK;
    return new CheckResult(check, status, summary, findings);
  }

  static CheckResult skipped(String check, String why) {
    return new CheckResult(check, Status.SKIPPED, why, List.of());
  }
}
