package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.governance.check.ContractWalk.PropertyVisit;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SchemaObject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code descriptions}: the targets are described. {@code contract} needs {@code description.purpose},
 * {@code object} each schema object's {@code description}, {@code property} each property's
 * {@code description}, nested ones included; array {@code items} are described by their property.
 */
public record Descriptions(List<String> targets) implements PolicyRule {

  public static final String NAME = "descriptions";
  public static final String CONTRACT = "contract";
  public static final String OBJECT = "object";
  public static final String PROPERTY = "property";
  public static final List<String> TARGETS = List.of(CONTRACT, OBJECT, PROPERTY);
  public static final PolicyCheck CHECK = PolicyCheck.of(NAME,
      "The contract, its objects and its properties (the listed targets) have descriptions.",
      List.of("targets"), p -> new Descriptions(p.has("targets") ? validate(p.lowerCaseNames("targets")) : TARGETS));

  public Descriptions {
    targets = List.copyOf(targets);
  }

  @Override
  public String check() {
    return NAME;
  }

  @Override
  public ObjectNode params() {
    return JsonNodeFactory.instance.objectNode().set("targets", CheckParams.array(targets));
  }

  @Override
  public List<Violation> evaluate(DataContract contract) {
    List<Violation> violations = new ArrayList<>();
    if (targets.contains(CONTRACT)
        && (contract.description() == null || ContractWalk.isBlank(contract.description().purpose()))) {
      violations.add(new Violation("/description", "the contract has no description.purpose saying what the"
          + " data is for"));
    }
    if (targets.contains(OBJECT)) {
      List<SchemaObject> objects = contract.objects();
      for (int i = 0; i < objects.size(); i++) {
        SchemaObject object = objects.get(i);
        if (object != null && ContractWalk.isBlank(object.description())) {
          violations.add(new Violation("/schema/" + i, "object " + ContractWalk.objectLabel(object, i)
              + " has no description"));
        }
      }
    }
    if (targets.contains(PROPERTY)) {
      for (PropertyVisit visit : ContractWalk.properties(contract)) {
        if (!visit.items() && ContractWalk.isBlank(visit.property().description())) {
          violations.add(new Violation(visit.pointer(), "property " + visit.label() + " has no description"));
        }
      }
    }
    return violations;
  }

  @Override
  public boolean atLeastAsStrictAs(PolicyRule other) {
    return other instanceof Descriptions o && targets.containsAll(o.targets);
  }

  private static List<String> validate(List<String> targets) throws InvalidParamException {
    for (String target : targets) {
      if (!TARGETS.contains(target)) {
        throw new InvalidParamException("targets", "'" + target + "' is not a description target; use "
            + CheckParams.either(TARGETS));
      }
    }
    return targets;
  }
}
