package io.quanta.contract.lint;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.model.DataContract;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What linting one contract found.
 *
 * @param source the file name or label the text came from
 * @param findings every finding, in {@link Finding#ORDER}
 * @param contract the contract bound to the model, when the document could be read into it (it can be
 *     present even when there are errors; callers that need a valid contract check {@link #hasErrors()})
 */
public record LintReport(String source, List<Finding> findings, Optional<DataContract> contract) {

  public LintReport {
    Objects.requireNonNull(source, "source");
    findings = findings.stream().sorted(Finding.ORDER).toList();
    contract = contract == null ? Optional.empty() : contract;
  }

  /** True when the contract breaks the ODCS schema, is not well-formed, or has a malformed {@code extends}. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /** True when any finding is a warning. */
  public boolean hasWarnings() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
  }

  /** Whether the contract fails lint: on errors, and with {@code strict} on warnings too. */
  public boolean fails(boolean strict) {
    return hasErrors() || (strict && hasWarnings());
  }

  /** The findings of one severity. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }
}
