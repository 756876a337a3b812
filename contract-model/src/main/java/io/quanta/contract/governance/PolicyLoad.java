package io.quanta.contract.governance;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.FindingsReport;
import java.util.List;

/**
 * What reading policy files gave: the sets that could be read and the problems found in the files. A file
 * with problems yields the policies that were valid; callers that must not run with fewer rules than
 * written check {@link #hasErrors()}.
 */
public record PolicyLoad(List<PolicySet> sets, List<Finding> problems) {

  public PolicyLoad {
    sets = List.copyOf(sets);
    problems = List.copyOf(problems);
  }

  /** True when some file could not be read fully. */
  public boolean hasErrors() {
    return FindingsReport.hasErrors(problems);
  }
}
