package io.quanta.contract.governance;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.FindingsReport;
import io.quanta.contract.model.DataContract;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Global and domain policy sets combined: the global policies, each domain's effective policies, and the
 * problems met while combining (a domain trying to loosen a global policy, ids defined twice).
 *
 * @param global the global policies, by file order
 * @param domains each domain that has sets of its own (keyed in lower case) with its effective policies
 * @param problems conflicts between sets; the global definition wins each of them
 */
public record CombinedPolicies(List<Policy> global, Map<String, List<Policy>> domains, List<Finding> problems) {

  public CombinedPolicies {
    global = List.copyOf(global);
    domains = Map.copyOf(domains);
    problems = List.copyOf(problems);
  }

  /** The domains that have policy sets of their own, in lower case. */
  public Set<String> domainNames() {
    return domains.keySet();
  }

  /** The policies for contracts of this domain (compared without case); the global ones for any other. */
  public EffectivePolicies forDomain(String domain) {
    if (domain == null || domain.isBlank()) {
      return new EffectivePolicies(null, global);
    }
    List<Policy> own = domains.get(domain.trim().toLowerCase(Locale.ROOT));
    return own == null ? new EffectivePolicies(domain.trim(), global) : new EffectivePolicies(domain.trim(), own);
  }

  /** The policies for this contract, chosen by its {@code domain}. */
  public EffectivePolicies forContract(DataContract contract) {
    return forDomain(contract.domain());
  }

  /** True when combining found a conflict. */
  public boolean hasErrors() {
    return FindingsReport.hasErrors(problems);
  }
}
