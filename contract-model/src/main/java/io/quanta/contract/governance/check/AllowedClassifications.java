package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.governance.check.ContractWalk.PropertyVisit;
import io.quanta.contract.model.DataContract;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code allowed-classifications}: every classification written on a property belongs to the
 * organisation's vocabulary; unclassified properties pass (that is {@code property-classification}'s job).
 */
public record AllowedClassifications(List<String> allowed) implements PolicyRule {

  public static final String NAME = "allowed-classifications";
  public static final PolicyCheck CHECK = PolicyCheck.of(NAME,
      "Every classification written is one of the allowed values.",
      List.of("allowed"), p -> {
        p.requiredNames("allowed");
        return new AllowedClassifications(p.lowerCaseNames("allowed"));
      });

  public AllowedClassifications {
    allowed = CheckParams.atLeastOne(NAME, allowed, "allowed value");
  }

  @Override
  public String check() {
    return NAME;
  }

  @Override
  public ObjectNode params() {
    return CheckParams.listed("allowed", allowed);
  }

  @Override
  public List<Violation> evaluate(DataContract contract) {
    List<Violation> violations = new ArrayList<>();
    for (PropertyVisit visit : ContractWalk.properties(contract)) {
      PropertyClassification.outside(visit, allowed).ifPresent(violations::add);
    }
    return violations;
  }

  @Override
  public boolean atLeastAsStrictAs(PolicyRule other) {
    return other instanceof AllowedClassifications o && o.allowed.containsAll(allowed);
  }
}
