package io.quanta.contract.governance;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Combines policy sets. A domain set may add policies and may replace a global policy only with one that is
 * at least as strict: same check, severity not lower, parameters at least as strict, scope at least as wide.
 * Anything else is a {@code policy-conflict} finding naming both files, and the global policy stays.
 */
final class PolicyCombiner {

  static final String CONFLICT = "policy-conflict";

  private final Map<String, Policy> global = new LinkedHashMap<>();
  private final Map<String, Map<String, Policy>> domains = new LinkedHashMap<>();
  private final Map<String, Map<String, PolicyOrigin>> decided = new HashMap<>();
  private final List<Finding> problems = new ArrayList<>();

  static CombinedPolicies combine(Collection<PolicySet> sets) {
    PolicyCombiner combiner = new PolicyCombiner();
    sets.stream().filter(s -> s.level() == PolicyLevel.GLOBAL).forEach(combiner::addGlobal);
    sets.stream().filter(s -> s.level() == PolicyLevel.DOMAIN).forEach(combiner::addDomain);
    Map<String, List<Policy>> effective = new LinkedHashMap<>();
    combiner.domains.forEach((domain, policies) -> effective.put(domain, List.copyOf(policies.values())));
    return new CombinedPolicies(List.copyOf(combiner.global.values()), effective, combiner.problems);
  }

  private void addGlobal(PolicySet set) {
    for (Policy policy : set.policies()) {
      Policy first = global.putIfAbsent(policy.id(), policy);
      if (first != null) {
        problem(policy.origin(), "global policy '" + policy.id() + "' is defined again; the definition at "
            + first.origin() + " applies");
      }
    }
  }

  private void addDomain(PolicySet set) {
    String domain = set.domain().trim().toLowerCase(Locale.ROOT);
    Map<String, Policy> effective = domains.computeIfAbsent(domain, d -> new LinkedHashMap<>(global));
    Map<String, PolicyOrigin> done = decided.computeIfAbsent(domain, d -> new HashMap<>());
    for (Policy policy : set.policies()) {
      if (alreadyDecided(done, policy.id(), policy.origin(), set.domain())) {
        continue;
      }
      Policy base = global.get(policy.id());
      List<String> reasons = base == null ? List.of() : loosenings(base, policy);
      if (reasons.isEmpty()) {
        effective.put(policy.id(), policy);
      } else {
        problem(policy.origin(), "policy '" + policy.id() + "' cannot replace the global policy of that id at "
            + base.origin() + ": it " + String.join(", and ", reasons) + "; the global policy applies");
      }
    }
    for (SeverityOverride override : set.overrides()) {
      Policy base = global.get(override.id());
      if (alreadyDecided(done, override.id(), override.origin(), set.domain())) {
        continue;
      }
      if (base == null) {
        problem(override.origin(), "'" + override.id() + "' has no check, so it can only raise the severity of a"
            + " global policy, and no global policy has that id");
      } else if (lower(override.severity(), base.severity())) {
        problem(override.origin(), "policy '" + override.id() + "' cannot lower the severity of the global policy"
            + " at " + base.origin() + " from " + base.severity().word() + " to " + override.severity().word()
            + "; the global policy applies");
      } else {
        effective.put(override.id(), base.withSeverity(override.severity(), override.origin()));
      }
    }
  }

  private boolean alreadyDecided(Map<String, PolicyOrigin> done, String id, PolicyOrigin at, String domain) {
    PolicyOrigin first = done.putIfAbsent(id, at);
    if (first != null) {
      problem(at, "policy '" + id + "' is already defined for domain " + domain + " at " + first
          + "; that definition applies");
    }
    return first != null;
  }

  private static List<String> loosenings(Policy base, Policy policy) {
    List<String> reasons = new ArrayList<>();
    if (lower(policy.severity(), base.severity())) {
      reasons.add("lowers the severity from " + base.severity().word() + " to " + policy.severity().word());
    }
    if (!policy.check().equals(base.check())) {
      reasons.add("runs the check " + policy.check() + " instead of " + base.check());
    } else if (!policy.rule().atLeastAsStrictAs(base.rule())) {
      reasons.add("has params " + policy.rule().params() + " that are looser than or differ from the global "
          + base.rule().params());
    }
    if (!policy.scope().covers(base.scope())) {
      reasons.add("narrows the scope");
    }
    return reasons;
  }

  private static boolean lower(Severity candidate, Severity base) {
    return candidate.compareTo(base) > 0;
  }

  private void problem(PolicyOrigin at, String message) {
    problems.add(new Finding(Severity.ERROR, CONFLICT, at.source(), "", at.position(), message));
  }
}
