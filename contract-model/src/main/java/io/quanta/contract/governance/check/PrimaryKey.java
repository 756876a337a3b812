package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SchemaObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code primary-key}: every schema object has at least one property with {@code primaryKey: true}.
 * With {@code physicalTypes}, only objects of those physical types are checked (a Kafka topic has no key).
 */
public record PrimaryKey(List<String> physicalTypes) implements PolicyRule {

  public static final String NAME = "primary-key";
  public static final PolicyCheck CHECK = PolicyCheck.of(NAME,
      "Every object (optionally: of the listed physical types) has a primary key.",
      List.of("physicalTypes"), p -> new PrimaryKey(p.lowerCaseNames("physicalTypes")));

  public PrimaryKey {
    physicalTypes = List.copyOf(physicalTypes);
  }

  @Override
  public String check() {
    return NAME;
  }

  @Override
  public ObjectNode params() {
    return CheckParams.listed("physicalTypes", physicalTypes);
  }

  @Override
  public List<Violation> evaluate(DataContract contract) {
    List<Violation> violations = new ArrayList<>();
    List<SchemaObject> objects = contract.objects();
    for (int i = 0; i < objects.size(); i++) {
      SchemaObject object = objects.get(i);
      if (object != null && applies(object) && object.primaryKey().isEmpty()) {
        violations.add(new Violation("/schema/" + i, "object " + ContractWalk.objectLabel(object, i)
            + " has no primary key: mark its key properties with primaryKey: true"));
      }
    }
    return violations;
  }

  @Override
  public boolean atLeastAsStrictAs(PolicyRule other) {
    return other instanceof PrimaryKey o
        && (physicalTypes.isEmpty() || !o.physicalTypes.isEmpty() && physicalTypes.containsAll(o.physicalTypes));
  }

  private boolean applies(SchemaObject object) {
    if (physicalTypes.isEmpty()) {
      return true;
    }
    return object.physicalType() != null
        && physicalTypes.contains(object.physicalType().trim().toLowerCase(Locale.ROOT));
  }
}
