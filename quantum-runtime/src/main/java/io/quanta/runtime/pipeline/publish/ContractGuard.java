package io.quanta.runtime.pipeline.publish;

import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.diff.Change;
import io.quanta.contract.diff.ContractDiff;
import io.quanta.contract.diff.ContractVersionException;
import io.quanta.contract.diff.DiffReport;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SemVer.Bump;
import io.quanta.runtime.config.ConfigException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, compares the contract a managed quantum is about to serve with the one it last published under:
 * a breaking change without a major version bump would break its consumers, so the quantum refuses to start
 * and names the changes. A major bump is allowed, and its first run publishes into new tables.
 */
public final class ContractGuard {

  private static final Logger LOG = LoggerFactory.getLogger(ContractGuard.class);

  private ContractGuard() {
  }

  /** {@code publishedText}: the contract of the newest version published, as stored with it. */
  public static void check(String publishedText, DataContract served) {
    DataContract published;
    try {
      published = ContractCodec.read(publishedText);
    } catch (ContractSyntaxException | ContractBindingException e) {
      LOG.warn("the contract stored with the last published version cannot be read ({}); not compared", e.getMessage());
      return;
    }
    DiffReport report;
    try {
      report = ContractDiff.compare(published, served);
    } catch (ContractVersionException e) {
      throw new ConfigException("cannot compare the contract with the one version " + published.version()
          + " was published under: " + e.getMessage());
    }
    if (report.hasBreakingChanges() && !report.versionSatisfies() && report.required() == Bump.MAJOR) {
      throw new ConfigException("contract " + served.id() + " " + served.version() + " breaks " + published.version()
          + ", under which this quantum has published, without a major version bump: "
          + report.breakingChanges().stream().limit(5).map(ContractGuard::describe).collect(Collectors.joining("; "))
          + (report.breakingChanges().size() > 5 ? " (and " + (report.breakingChanges().size() - 5) + " more)" : "")
          + ". Make it " + report.minimumVersion() + " (a new major version publishes into new tables), or undo"
          + " these changes");
    }
    if (!report.versionSatisfies()) {
      LOG.warn("contract {} {} changes {} in ways that need a {} version bump ({} or later); consumers are told by"
          + " the version number", served.id(), served.version(), published.version(), report.required().word(),
          report.minimumVersion());
    } else if (report.required() == Bump.MAJOR) {
      LOG.info("contract {} moves to a new major version ({} → {}); the next run publishes into new tables, and"
          + " versions published under {} are no longer served", served.id(), published.version(), served.version(),
          published.version());
    }
  }

  private static String describe(Change change) {
    String values = change.before() == null && change.after() == null ? ""
        : " (" + (change.before() == null ? "none" : change.before()) + " → "
            + (change.after() == null ? "none" : change.after()) + ")";
    return change.path() + " " + change.kind().label() + values;
  }
}
