package io.quanta.runtime.pipeline.gate;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.governance.CombinedPolicies;
import io.quanta.contract.governance.PolicyEngine;
import io.quanta.contract.governance.PolicyLoad;
import io.quanta.contract.governance.PolicyReport;
import io.quanta.contract.governance.PolicyResult;
import io.quanta.contract.governance.PolicySet;
import io.quanta.contract.governance.PolicySets;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.QuantumConfig.DictionaryConfig;
import io.quanta.runtime.pipeline.source.HttpInput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Governance before any publish: the quantum's own policy sets ({@code pipeline.policies}, read at start; a
 * broken file stops the quantum) plus the mesh's global set, fetched from the dictionary
 * ({@code GET /api/governance/policies}, a {@code kind: PolicySet} document as JSON) at every run. An
 * unreachable dictionary means the local sets only, logged once until it answers again.
 */
public final class GovernanceGate {

  /** Where the dictionary serves the global policy set. */
  public static final String PATH = "/api/governance/policies";
  private static final Logger LOG = LoggerFactory.getLogger(GovernanceGate.class);

  /** What governance decided: the report, or nothing when no policy applies. */
  public record Decision(Optional<PolicyReport> report, boolean globalIncluded) {

    public boolean blocks() {
      return report.map(PolicyReport::hasErrors).orElse(false);
    }

    /** The failed error policies, one sentence each. */
    public String errors() {
      return report.map(r -> r.failed().stream().filter(f -> f.policy().severity().name().equals("ERROR"))
          .map(GovernanceGate::sentence).collect(Collectors.joining("; "))).orElse("");
    }

    /** The failed policies of lower severity, or null. */
    public String warnings() {
      String text = report.map(r -> r.failed().stream().filter(f -> !f.policy().severity().name().equals("ERROR"))
          .map(GovernanceGate::sentence).collect(Collectors.joining("; "))).orElse("");
      return text.isEmpty() ? null : text;
    }
  }

  private final List<PolicySet> local;
  private final DictionaryConfig dictionary;
  private final AtomicBoolean unreachableLogged = new AtomicBoolean();

  private GovernanceGate(List<PolicySet> local, DictionaryConfig dictionary) {
    this.local = List.copyOf(local);
    this.dictionary = dictionary;
  }

  /** Reads the local policy sets; a file that does not read fully stops the quantum. */
  public static GovernanceGate load(Path policies, DictionaryConfig dictionary) {
    List<PolicySet> sets = new ArrayList<>();
    if (policies != null) {
      try {
        PolicyLoad load = PolicySets.load(List.of(policies));
        if (load.hasErrors()) {
          throw new ConfigException("pipeline.policies: " + load.problems().stream().filter(Finding::isError).limit(3)
              .map(Finding::toString).collect(Collectors.joining("; ")));
        }
        sets.addAll(load.sets());
      } catch (IOException e) {
        throw new ConfigException("pipeline.policies: cannot read " + policies + ": " + e.getMessage());
      }
    }
    return new GovernanceGate(sets, dictionary);
  }

  /** Evaluates the contract against the local sets and the dictionary's global set (blocking). */
  public Decision check(DataContract contract) {
    List<PolicySet> sets = new ArrayList<>();
    Optional<PolicySet> global = global();
    global.ifPresent(sets::add);
    sets.addAll(local);
    if (sets.isEmpty()) {
      return new Decision(Optional.empty(), false);
    }
    CombinedPolicies combined = PolicySets.combine(sets);
    combined.problems().forEach(p -> LOG.warn("governance: {}", p));
    return new Decision(Optional.of(PolicyEngine.evaluate(contract, combined.forContract(contract))),
        global.isPresent());
  }

  private Optional<PolicySet> global() {
    if (dictionary.url() == null) {
      return Optional.empty();
    }
    URI uri = URI.create(dictionary.url() + PATH);
    try (InputStream body = HttpInput.open(uri, dictionary.token(), "application/json", "the dictionary's policies")) {
      String text = new String(body.readNBytes(4 << 20), StandardCharsets.UTF_8);
      PolicyLoad load = PolicySets.read("dictionary " + uri, text);
      if (load.hasErrors() || load.sets().size() != 1) {
        unreachable("the dictionary's global policy set does not read as a policy set ("
            + load.problems().stream().limit(2).map(Finding::message).collect(Collectors.joining("; ")) + ")");
        return Optional.empty();
      }
      if (unreachableLogged.getAndSet(false)) {
        LOG.info("governance: the dictionary's global policies are back ({})", load.sets().get(0).name());
      }
      return Optional.of(load.sets().get(0));
    } catch (IOException e) {
      unreachable(e.getMessage());
      return Optional.empty();
    }
  }

  private void unreachable(String why) {
    if (!unreachableLogged.getAndSet(true)) {
      LOG.warn("governance: using this quantum's own policies only, because {}", why);
    }
  }

  private static String sentence(PolicyResult result) {
    String first = result.violations().isEmpty() ? "" : ": " + result.violations().get(0).message()
        + (result.violations().size() > 1 ? " (and " + (result.violations().size() - 1) + " more)" : "");
    return "policy " + result.policy().id() + " (" + result.policy().severity().name().toLowerCase(java.util.Locale.ROOT)
        + ")" + first;
  }
}
