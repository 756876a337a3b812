package io.quanta.contract.lint;

import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.model.DataContract;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What linting one contract found: the findings, in {@link Finding#ORDER}, and the contract bound to the
 * model. A class rather than a record because the contract is bound on the first call to
 * {@link #contract()}: most callers (the CLI among them) only want the findings, and binding costs as
 * much as a tenth of a lint.
 */
public final class LintReport {

  private final String source;
  private final List<Finding> findings;
  private final Supplier<Optional<DataContract>> binder;
  private volatile Optional<DataContract> contract;

  /** A report with the contract already at hand (or empty when there is none). */
  public LintReport(String source, List<Finding> findings, Optional<DataContract> contract) {
    this(source, findings, () -> contract == null ? Optional.empty() : contract);
  }

  private LintReport(String source, List<Finding> findings, Supplier<Optional<DataContract>> binder) {
    this.source = Objects.requireNonNull(source, "source");
    this.findings = findings.stream().sorted(Finding.ORDER).toList();
    this.binder = binder;
  }

  /** A report whose contract is bound from the document when first asked for. */
  static LintReport of(ParsedDocument document, List<Finding> findings) {
    return new LintReport(document.source(), findings, () -> {
      try {
        return Optional.of(ContractCodec.bind(document.tree()));
      } catch (ContractBindingException e) {
        return Optional.empty();
      }
    });
  }

  /** The file name or label the text came from. */
  public String source() {
    return source;
  }

  /** Every finding, errors first, then by position. */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The contract bound to the model, when the document could be read into it. It can be present even
   * when there are errors; callers that need a valid contract check {@link #hasErrors()} first.
   */
  public Optional<DataContract> contract() {
    Optional<DataContract> bound = contract;
    if (bound == null) {
      bound = binder.get();
      contract = bound;
    }
    return bound;
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

  @Override
  public String toString() {
    return "LintReport[" + source + ", " + findings.size() + " findings]";
  }
}
