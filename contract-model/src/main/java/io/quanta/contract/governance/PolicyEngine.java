package io.quanta.contract.governance;

import io.quanta.contract.codec.SourceMap;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.governance.PolicyResult.Outcome;
import io.quanta.contract.governance.check.Violation;
import io.quanta.contract.model.DataContract;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a contract against its effective policies. Each violation becomes a {@link Finding} whose code
 * is the policy id and whose severity is the policy's.
 *
 * <pre>{@code
 * PolicyReport report = PolicyEngine.evaluate(contract, PolicySets.combine(sets).forContract(contract));
 * if (report.hasErrors()) { refuse the publish }
 * }</pre>
 */
public final class PolicyEngine {

  private PolicyEngine() {
  }

  /** Evaluates without source positions; findings name the contract by its id. */
  public static PolicyReport evaluate(DataContract contract, EffectivePolicies policies) {
    return evaluate(contract, policies, contract.id(), null);
  }

  /**
   * Evaluates a contract read from {@code source}; with the document's source map the findings carry the line
   * and column of the offending element.
   */
  public static PolicyReport evaluate(DataContract contract, EffectivePolicies policies, String source,
      SourceMap sourceMap) {
    List<PolicyResult> results = new ArrayList<>();
    for (Policy policy : policies.policies()) {
      if (!policy.scope().matches(contract)) {
        results.add(new PolicyResult(policy, Outcome.NOT_APPLICABLE, List.of()));
        continue;
      }
      List<Finding> findings = new ArrayList<>();
      for (Violation violation : violations(policy, contract)) {
        findings.add(new Finding(policy.severity(), policy.id(), source, violation.path(),
            sourceMap == null ? null : sourceMap.locate(violation.path()), violation.message()));
      }
      results.add(new PolicyResult(policy, findings.isEmpty() ? Outcome.PASS : Outcome.FAIL, findings));
    }
    return new PolicyReport(source, contract.id(), policies.domain(), results);
  }

  /** A check that breaks on an odd contract fails its policy with a message rather than the caller. */
  private static List<Violation> violations(Policy policy, DataContract contract) {
    try {
      return policy.rule().evaluate(contract);
    } catch (RuntimeException e) {
      return List.of(new Violation("", "the check " + policy.check() + " could not evaluate this contract ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
    }
  }
}
