package io.quanta.contract.governance;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.governance.PolicyResult.Outcome;
import java.util.List;

/**
 * The outcome of evaluating one contract against its effective policies.
 *
 * @param source the file (or contract id) the findings name
 * @param contractId the contract's {@code id}
 * @param domain the domain whose policies were applied, or null for the global ones only
 * @param results one result per effective policy, in policy order
 */
public record PolicyReport(String source, String contractId, String domain, List<PolicyResult> results) {

  public PolicyReport {
    source = source == null ? "" : source;
    results = List.copyOf(results);
  }

  /** Every violation of every failed policy, in {@link Finding#ORDER}. */
  public List<Finding> violations() {
    return results.stream().flatMap(r -> r.violations().stream()).sorted(Finding.ORDER).toList();
  }

  /** True when an error-severity policy failed: the contract must not be published. */
  public boolean hasErrors() {
    return results.stream().anyMatch(r -> r.failed() && r.policy().severity() == Severity.ERROR);
  }

  /** The failed policies. */
  public List<PolicyResult> failed() {
    return results.stream().filter(PolicyResult::failed).toList();
  }

  /** How many policies had this outcome. */
  public long count(Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** How many failed policies have this severity. */
  public long failedWith(Severity severity) {
    return results.stream().filter(r -> r.failed() && r.policy().severity() == severity).count();
  }

  /** "9 policies: 7 passed, 2 failed (1 error, 1 warning), 0 not applicable". */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(results.size()).append(results.size() == 1 ? " policy: " : " policies: ")
        .append(count(Outcome.PASS)).append(" passed, ").append(count(Outcome.FAIL)).append(" failed");
    if (count(Outcome.FAIL) > 0) {
      out.append(" (").append(failedWith(Severity.ERROR)).append(" error, ")
          .append(failedWith(Severity.WARNING)).append(" warning, ")
          .append(failedWith(Severity.INFO)).append(" info)");
    }
    return out.append(", ").append(count(Outcome.NOT_APPLICABLE)).append(" not applicable").toString();
  }
}
