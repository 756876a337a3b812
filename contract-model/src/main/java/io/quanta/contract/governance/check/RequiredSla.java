package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SlaProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code required-sla}: the contract's {@code slaProperties} hold each listed SLA property with a value.
 * Names may be ODCS's own or a synonym ({@code freshness} for {@code latency}, see {@link SlaNames}).
 */
public record RequiredSla(List<String> properties) implements PolicyRule {

  public static final String NAME = "required-sla";
  public static final PolicyCheck CHECK = PolicyCheck.of(NAME,
      "The contract declares the listed SLA properties (retention, latency/freshness…) with values.",
      List.of("properties"), p -> new RequiredSla(canonical(p.requiredNames("properties"))));

  public RequiredSla {
    properties = List.copyOf(properties);
  }

  @Override
  public String check() {
    return NAME;
  }

  @Override
  public ObjectNode params() {
    return JsonNodeFactory.instance.objectNode().set("properties", CheckParams.array(properties));
  }

  @Override
  public List<Violation> evaluate(DataContract contract) {
    List<SlaProperty> declared = contract.slaProperties() == null ? List.of() : contract.slaProperties();
    List<Violation> violations = new ArrayList<>();
    for (String property : properties) {
      int found = -1;
      boolean valued = false;
      for (int i = 0; i < declared.size() && !valued; i++) {
        SlaProperty sla = declared.get(i);
        if (sla != null && SlaNames.canonical(sla.property()).filter(property::equals).isPresent()) {
          found = found < 0 ? i : found;
          valued = sla.value() != null && !sla.value().isNull() && !sla.value().asText().isBlank();
        }
      }
      if (found < 0) {
        violations.add(new Violation(declared.isEmpty() ? "" : "/slaProperties", "the contract has no "
            + property + " SLA: add it to slaProperties with a value and unit"));
      } else if (!valued) {
        violations.add(new Violation("/slaProperties/" + found, "the " + property + " SLA has no value"));
      }
    }
    return violations;
  }

  @Override
  public boolean atLeastAsStrictAs(PolicyRule other) {
    return other instanceof RequiredSla o && properties.containsAll(o.properties);
  }

  private static List<String> canonical(List<String> names) throws InvalidParamException {
    List<String> canonical = new ArrayList<>();
    for (String name : names) {
      Optional<String> odcs = SlaNames.canonical(name);
      if (odcs.isEmpty()) {
        throw new InvalidParamException("properties", "'" + name + "' is not an SLA property Quanta knows; use "
            + String.join(", ", SlaNames.odcsNames()) + " (or a synonym such as freshness)");
      }
      if (!canonical.contains(odcs.get())) {
        canonical.add(odcs.get());
      }
    }
    return canonical;
  }
}
