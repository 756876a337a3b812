package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.governance.check.ContractWalk.PropertyVisit;
import io.quanta.contract.model.DataContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code property-classification}: every property has a classification, its own or that of an enclosing
 * property (array {@code items} are classified by their property); with {@code allowed}, every
 * classification written is one of those (compared without case).
 */
public record PropertyClassification(List<String> allowed) implements PolicyRule {

  public static final String NAME = "property-classification";
  public static final PolicyCheck CHECK = PolicyCheck.of(NAME,
      "Every property is classified, optionally with one of the allowed classifications.",
      List.of("allowed"), p -> new PropertyClassification(p.lowerCaseNames("allowed")));

  public PropertyClassification {
    allowed = List.copyOf(allowed);
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
      if (visit.classification() == null && !visit.items()) {
        violations.add(new Violation(visit.pointer(), "property " + visit.label() + " has no classification"
            + (allowed.isEmpty() ? "" : "; classify it as " + CheckParams.either(allowed))));
      } else {
        outside(visit, allowed).ifPresent(violations::add);
      }
    }
    return violations;
  }

  @Override
  public boolean atLeastAsStrictAs(PolicyRule other) {
    return other instanceof PropertyClassification o
        && (o.allowed.isEmpty() || !allowed.isEmpty() && o.allowed.containsAll(allowed));
  }

  /** A violation when the property's own classification is not in a non-empty allowed list. */
  static Optional<Violation> outside(PropertyVisit visit, List<String> allowed) {
    String own = visit.property().classification();
    if (allowed.isEmpty() || ContractWalk.isBlank(own) || allowed.contains(own.trim().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(new Violation(visit.pointer() + "/classification", "property " + visit.label()
        + " is classified '" + own.trim() + "', which is not one of " + String.join(", ", allowed)));
  }
}
