package io.quanta.contract.governance;

import io.quanta.contract.finding.Finding;
import java.util.List;
import java.util.Locale;

/** How one contract fared against one policy, with the violations when it failed. */
public record PolicyResult(Policy policy, Outcome outcome, List<Finding> violations) {

  /** Pass, fail, or not in the policy's scope. */
  public enum Outcome {
    PASS, FAIL, NOT_APPLICABLE;

    /** {@code pass}, {@code fail}, {@code not-applicable}: the words reports use. */
    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public PolicyResult {
    violations = List.copyOf(violations);
  }

  public boolean failed() {
    return outcome == Outcome.FAIL;
  }
}
