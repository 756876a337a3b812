package io.quanta.contract.governance;

import io.quanta.contract.finding.Severity;
import io.quanta.contract.governance.check.PolicyRule;
import java.util.Objects;

/**
 * One governance rule: a check with its parameters, the contracts it applies to and how much a failure
 * matters. An {@code error} failure blocks a publish.
 *
 * @param id stable identifier, unique in its set; it is the {@code code} of every finding the policy makes
 * @param description what the policy asks for, in one sentence
 * @param severity the severity of its findings
 * @param scope which contracts it applies to
 * @param rule the configured check
 * @param origin where it was written
 */
public record Policy(String id, String description, Severity severity, PolicyScope scope, PolicyRule rule,
    PolicyOrigin origin) {

  public Policy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    description = description == null ? "" : description;
    scope = scope == null ? PolicyScope.ALL : scope;
    origin = origin == null ? new PolicyOrigin("", null) : origin;
  }

  /** The name of the check the policy runs. */
  public String check() {
    return rule.check();
  }

  /** The same policy with another severity, as decided at {@code decidedAt}. */
  public Policy withSeverity(Severity raised, PolicyOrigin decidedAt) {
    return new Policy(id, description, raised, scope, rule, decidedAt);
  }
}
