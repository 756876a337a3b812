/**
 * Governance: policy sets read from YAML, combined (global rules plus a domain's own, which may add or
 * tighten but never loosen), and evaluated against a contract into a report whose errors block a publish.
 *
 * <pre>{@code
 * PolicyLoad load = PolicySets.load(List.of(Path.of("policies")));
 * CombinedPolicies policies = PolicySets.combine(load.sets());
 * PolicyReport report = PolicyEngine.evaluate(contract, policies.forContract(contract));
 * }</pre>
 */
package io.quanta.contract.governance;
