package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.governance.check.ContractWalk.PropertyVisit;
import io.quanta.contract.model.DataContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code pii-classified}: a property marked as personal data (a {@code pii} tag or a custom property
 * {@code pii: true}, see {@link io.quanta.contract.model.SchemaProperty#personalData()}) has a
 * classification, its own or its enclosing property's, from {@code allowed}.
 */
public record PiiClassified(List<String> allowed) implements PolicyRule {

  public static final String NAME = "pii-classified";
  public static final List<String> DEFAULT_ALLOWED = List.of("restricted", "confidential");
  public static final PolicyCheck CHECK = PolicyCheck.of(NAME,
      "Properties marked as personal data are classified with one of the allowed (protected) classifications.",
      List.of("allowed"), p -> new PiiClassified(p.has("allowed") ? p.lowerCaseNames("allowed") : DEFAULT_ALLOWED));

  public PiiClassified {
    allowed = CheckParams.atLeastOne(NAME, allowed, "allowed classification");
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
      if (!visit.property().personalData()) {
        continue;
      }
      String classification = visit.classification();
      if (classification == null) {
        violations.add(new Violation(visit.pointer(), "property " + visit.label() + " is marked as personal data"
            + " but has no classification; classify it as " + CheckParams.either(allowed)));
      } else if (!allowed.contains(classification.toLowerCase(Locale.ROOT))) {
        boolean own = !ContractWalk.isBlank(visit.property().classification());
        violations.add(new Violation(own ? visit.pointer() + "/classification" : visit.pointer(),
            "property " + visit.label() + " is marked as personal data but is classified '" + classification
                + "'" + (own ? "" : " (from its enclosing property)") + "; it must be "
                + CheckParams.either(allowed)));
      }
    }
    return violations;
  }

  @Override
  public boolean atLeastAsStrictAs(PolicyRule other) {
    return other instanceof PiiClassified o && o.allowed.containsAll(allowed);
  }
}
