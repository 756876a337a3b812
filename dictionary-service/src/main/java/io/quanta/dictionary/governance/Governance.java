package io.quanta.dictionary.governance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.governance.CombinedPolicies;
import io.quanta.contract.governance.PolicyLevel;
import io.quanta.contract.governance.PolicyLoad;
import io.quanta.contract.governance.PolicySet;
import io.quanta.contract.governance.PolicySets;
import io.quanta.runtime.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mesh's policies, read at start from {@code governance.policies} (files or folders of {@code PolicySet}
 * YAML): the global sets merged into the one global set quanta load, plus the domain sets the compliance
 * report applies on top. With nothing configured, or no global set among the files, the global set is the
 * built-in {@code enterprise-defaults}. Files with problems stop the dictionary at start.
 *
 * @param global the one global set served by {@code GET /api/governance/policies}
 * @param combined global and domain policies, for the report
 */
public record Governance(PolicySet global, CombinedPolicies combined) {

  /** Reads the configured locations; blocking. */
  public static Governance load(List<Path> locations) {
    if (locations.isEmpty()) {
      PolicySet defaults = PolicySets.defaults();
      return new Governance(defaults, PolicySets.combine(List.of(defaults)));
    }
    for (Path location : locations) {
      if (!Files.exists(location)) {
        throw new ConfigException("governance.policies names " + location + ", which does not exist");
      }
    }
    PolicyLoad load;
    try {
      load = PolicySets.load(locations);
    } catch (IOException e) {
      throw new ConfigException("cannot read the policies: " + e.getMessage());
    }
    if (load.hasErrors()) {
      throw new ConfigException("the policy files have problems: " + describe(load.problems()));
    }
    List<PolicySet> globals = load.sets().stream().filter(s -> s.level() == PolicyLevel.GLOBAL).toList();
    List<PolicySet> all = new ArrayList<>(load.sets());
    if (globals.isEmpty()) {
      all.add(0, PolicySets.defaults());
      globals = List.of(PolicySets.defaults());
    }
    CombinedPolicies combined = PolicySets.combine(all);
    if (combined.hasErrors()) {
      throw new ConfigException("the policy sets conflict: " + describe(combined.problems()));
    }
    PolicySet global = globals.size() == 1 ? globals.get(0) : new PolicySet(
        globals.stream().map(PolicySet::name).collect(Collectors.joining("+")),
        "The mesh's global policies, merged from " + globals.stream().map(PolicySet::name).toList() + ".",
        PolicyLevel.GLOBAL, null, combined.global(), List.of(), "dictionary");
    return new Governance(global, combined);
  }

  /** The global set in the {@code kind: PolicySet} file format, as a JSON tree. */
  public ObjectNode document() {
    return PolicySets.toTree(global);
  }

  private static String describe(List<Finding> problems) {
    return problems.stream().filter(Finding::isError).limit(3).map(Finding::toString)
        .collect(Collectors.joining("; "));
  }
}
