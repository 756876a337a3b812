package io.quanta.contract.governance;

import java.util.List;
import java.util.Optional;

/**
 * The policies that govern one domain's contracts: the global ones, tightened and extended by the domain's
 * own sets. Scopes still decide, per contract, which of them apply.
 *
 * @param domain the domain, or null for contracts of no domain (or of a domain with no sets of its own)
 * @param policies the policies, global ones first in file order, then the domain's additions
 */
public record EffectivePolicies(String domain, List<Policy> policies) {

  public EffectivePolicies {
    policies = List.copyOf(policies);
  }

  /** The policy with this id, if there is one. */
  public Optional<Policy> policy(String id) {
    return policies.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
