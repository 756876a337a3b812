package io.quanta.contract.governance;

import io.quanta.contract.governance.check.ContractWalk;
import io.quanta.contract.model.DataContract;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which contracts a policy applies to. Every listed condition must hold; an empty list does not restrict.
 * Values compare without regard to case.
 *
 * @param domains the contract's {@code domain} is one of these
 * @param classifications some property of the contract (at any depth) has one of these classifications
 * @param statuses the contract's {@code status} is one of these
 */
public record PolicyScope(List<String> domains, List<String> classifications, List<String> statuses) {

  /** No restriction: every contract. */
  public static final PolicyScope ALL = new PolicyScope(List.of(), List.of(), List.of());

  public PolicyScope {
    domains = lower(domains);
    classifications = lower(classifications);
    statuses = lower(statuses);
  }

  /** True when the scope restricts nothing. */
  public boolean isAll() {
    return domains.isEmpty() && classifications.isEmpty() && statuses.isEmpty();
  }

  /** True when the policy applies to this contract. */
  public boolean matches(DataContract contract) {
    return within(domains, contract.domain()) && within(statuses, contract.status())
        && (classifications.isEmpty() || ContractWalk.properties(contract).stream()
            .map(v -> v.property().classification())
            .anyMatch(c -> c != null && classifications.contains(c.trim().toLowerCase(Locale.ROOT))));
  }

  /** True when this scope takes in every contract that {@code other} takes in. */
  public boolean covers(PolicyScope other) {
    return covers(domains, other.domains) && covers(classifications, other.classifications)
        && covers(statuses, other.statuses);
  }

  private static boolean covers(List<String> mine, List<String> theirs) {
    return mine.isEmpty() || !theirs.isEmpty() && mine.containsAll(theirs);
  }

  private static boolean within(List<String> allowed, String value) {
    return allowed.isEmpty() || value != null && allowed.contains(value.trim().toLowerCase(Locale.ROOT));
  }

  private static List<String> lower(List<String> values) {
    if (values == null) {
      return List.of();
    }
    Set<String> distinct = values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    return List.copyOf(distinct);
  }
}
