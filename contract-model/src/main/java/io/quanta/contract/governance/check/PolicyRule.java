package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.model.DataContract;
import java.util.List;

/**
 * A check with its parameters validated: evaluates contracts. Implementations are records, so two rules
 * are equal exactly when they are the same check with the same parameters.
 */
public interface PolicyRule {

  /** The registered name of the check this rule runs ({@code pii-classified}…). */
  String check();

  /** The parameters in their normalised form, defaults included, as a policy file would write them. */
  ObjectNode params();

  /** Every place the contract breaks this rule; empty when it complies. */
  List<Violation> evaluate(DataContract contract);

  /**
   * True when this rule fails on every contract that {@code other} fails on, so that it may replace
   * {@code other} without letting anything through. A rule is always as strict as an equal one.
   */
  default boolean atLeastAsStrictAs(PolicyRule other) {
    return equals(other);
  }
}
