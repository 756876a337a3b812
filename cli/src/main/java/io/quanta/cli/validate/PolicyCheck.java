package io.quanta.cli.validate;

import io.quanta.contract.codec.SourceMap;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.governance.CombinedPolicies;
import io.quanta.contract.governance.PolicyEngine;
import io.quanta.contract.governance.PolicyLoad;
import io.quanta.contract.governance.PolicyReport;
import io.quanta.contract.governance.PolicySet;
import io.quanta.contract.governance.PolicySets;
import io.quanta.contract.model.DataContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges the contract the quantum would serve against the mesh's policies: the dictionary's global set when
 * {@code dictionary.url} is set and answers (else the built-in defaults stand in, and a warning says so), plus
 * the quantum's own sets ({@code pipeline.policies}, which its pipeline enforces before every publish, else a
 * {@code policies/} folder) and the {@code --policies} folders.
 */
final class PolicyCheck {

  static final String NAME = "policies";
  /** Where the dictionary serves the mesh's global policy set, as JSON. */
  static final String DICTIONARY_PATH = "/api/governance/policies";
  /** The quantum's own policy folder, read when it exists and quantum.yaml names no pipeline.policies. */
  static final String LOCAL_FOLDER = "policies";

  private PolicyCheck() {
  }

  static CheckResult run(QuantumFolder folder, ContractCheck.Outcome contract, InheritanceCheck.Outcome inheritance,
      Path pipelinePolicies, List<Path> policyFolders, DictionaryClient dictionary) {
    DataContract served = inheritance.served();
    if (served == null) {
      return CheckResult.skipped(NAME, "needs a contract that lints");
    }
    if (!inheritance.resolved()) {
      return CheckResult.skipped(NAME, "needs the contract's parents: a child is judged with what it inherits");
    }
    List<Finding> findings = new ArrayList<>();
    List<PolicySet> sets = new ArrayList<>();
    String global = global(dictionary, sets, findings);
    List<Path> local = new ArrayList<>();
    Path own = folder.absolute().resolve(LOCAL_FOLDER);
    if (pipelinePolicies != null) {
      local.add(pipelinePolicies);
    } else if (Files.isDirectory(own)) {
      local.add(own);
    }
    local.addAll(policyFolders);
    if (!local.isEmpty()) {
      try {
        PolicyLoad load = PolicySets.load(local);
        sets.addAll(load.sets());
        findings.addAll(load.problems());
      } catch (IOException e) {
        findings.add(new Finding(Severity.ERROR, "policy-unreadable", local.toString(), "", null,
            "cannot read the policy folders: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
      }
    }
    CombinedPolicies combined = PolicySets.combine(sets);
    findings.addAll(combined.problems());
    // Pointers into the effective contract do not match the lines of the file as written.
    SourceMap lines = served == contract.contract() && contract.document() != null
        ? contract.document().sourceMap() : null;
    PolicyReport report = PolicyEngine.evaluate(served, combined.forContract(served), contract.source(), lines);
    findings.addAll(report.violations());
    String from = "global: " + global + "; local: " + (local.isEmpty() ? "none" : String.join(", ",
        local.stream().map(folder::name).toList()));
    return CheckResult.ran(NAME, report.summary() + " (" + from + ")", findings);
  }

  /** Adds the global set to {@code sets} and says where it came from. */
  private static String global(DictionaryClient dictionary, List<PolicySet> sets, List<Finding> findings) {
    if (dictionary == null) {
      sets.add(PolicySets.defaults());
      return "built-in defaults (no dictionary.url)";
    }
    String url = dictionary.baseUrl() + DICTIONARY_PATH;
    DictionaryClient.Answer answer = dictionary.get(DICTIONARY_PATH);
    String problem;
    if (answer.ok()) {
      PolicyLoad load = PolicySets.read(url, answer.body());
      if (!load.hasErrors() && load.sets().size() == 1) {
        sets.add(load.sets().get(0));
        return "the dictionary's set " + load.sets().get(0).name();
      }
      problem = "the dictionary's answer at " + url + " is not one valid policy set ("
          + load.problems().stream().findFirst().map(Finding::message).orElse("no set") + ")";
    } else if (answer.status() == 0) {
      problem = "the dictionary at " + dictionary.baseUrl() + " cannot be reached (" + answer.unreachable() + ")";
    } else {
      problem = "the dictionary answered HTTP " + answer.status() + " at " + url;
    }
    findings.add(new Finding(Severity.WARNING, "dictionary-unreachable", url, "", null, problem
        + ", so the mesh's global policies were not checked; the built-in defaults stood in"));
    sets.add(PolicySets.defaults());
    return "built-in defaults (dictionary not reachable)";
  }
}
