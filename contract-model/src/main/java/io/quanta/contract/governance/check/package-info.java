/**
 * The executable checks a governance policy names: each {@link io.quanta.contract.governance.check.PolicyCheck}
 * validates its parameters once and yields a {@link io.quanta.contract.governance.check.PolicyRule}, a value that
 * evaluates a contract and compares by its parameters.
 */
package io.quanta.contract.governance.check;
