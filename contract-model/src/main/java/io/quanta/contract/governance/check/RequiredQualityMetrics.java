package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.QualityRule;
import io.quanta.contract.model.SchemaObject;
import io.quanta.contract.model.SchemaProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code required-quality-metrics}: every schema object carries a quality rule for each listed ODCS
 * library metric, at the {@code level} asked: {@code object} (the object's own {@code quality}),
 * {@code property} (the {@code quality} of any of its properties) or {@code any} (either; the default).
 */
public record RequiredQualityMetrics(List<String> metrics, String level) implements PolicyRule {

  public static final String NAME = "required-quality-metrics";
  public static final String OBJECT = "object";
  public static final String PROPERTY = "property";
  public static final String ANY = "any";
  public static final List<String> LEVELS = List.of(OBJECT, PROPERTY, ANY);
  /** The ODCS v3.1 library metrics, and the v3.0 rule names that mean the same. */
  static final Map<String, String> METRICS = Map.of(
      "nullvalues", "nullValues", "missingvalues", "missingValues", "invalidvalues", "invalidValues",
      "duplicatevalues", "duplicateValues", "rowcount", "rowCount",
      "duplicatecount", "duplicateValues", "validvalues", "invalidValues");
  public static final PolicyCheck CHECK = PolicyCheck.of(NAME,
      "Every object has quality rules for the listed library metrics, at object or property level.",
      List.of("metrics", "level"), p -> new RequiredQualityMetrics(
          canonical(p.requiredNames("metrics")), level(p.text("level").orElse(ANY))));

  public RequiredQualityMetrics {
    metrics = List.copyOf(metrics);
  }

  @Override
  public String check() {
    return NAME;
  }

  @Override
  public ObjectNode params() {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    params.set("metrics", CheckParams.array(metrics));
    params.put("level", level);
    return params;
  }

  @Override
  public List<Violation> evaluate(DataContract contract) {
    List<Violation> violations = new ArrayList<>();
    List<SchemaObject> objects = contract.objects();
    for (int i = 0; i < objects.size(); i++) {
      SchemaObject object = objects.get(i);
      if (object == null) {
        continue;
      }
      Set<String> found = new TreeSet<>();
      if (!level.equals(PROPERTY)) {
        object.qualityRules().forEach(r -> metric(r).ifPresent(found::add));
      }
      if (!level.equals(OBJECT)) {
        collect(object.columns(), found);
      }
      for (String metric : metrics) {
        if (!found.contains(metric)) {
          violations.add(new Violation("/schema/" + i, "object " + ContractWalk.objectLabel(object, i) + " has no "
              + metric + " quality rule" + where()));
        }
      }
    }
    return violations;
  }

  @Override
  public boolean atLeastAsStrictAs(PolicyRule other) {
    return other instanceof RequiredQualityMetrics o && metrics.containsAll(o.metrics)
        && (level.equals(o.level) || o.level.equals(ANY));
  }

  private String where() {
    return switch (level) {
      case OBJECT -> " in its own quality list";
      case PROPERTY -> " on any of its properties";
      default -> " on the object or any of its properties";
    };
  }

  private static void collect(List<SchemaProperty> properties, Set<String> found) {
    for (SchemaProperty property : properties) {
      if (property == null) {
        continue;
      }
      property.qualityRules().forEach(r -> metric(r).ifPresent(found::add));
      collect(property.children(), found);
      if (property.items() != null) {
        collect(List.of(property.items()), found);
      }
    }
  }

  private static Optional<String> metric(QualityRule rule) {
    if (rule == null || rule.effectiveMetric() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(METRICS.get(rule.effectiveMetric().trim().toLowerCase(Locale.ROOT)));
  }

  private static List<String> canonical(List<String> names) throws InvalidParamException {
    List<String> metrics = new ArrayList<>();
    for (String name : names) {
      String metric = METRICS.get(name.toLowerCase(Locale.ROOT));
      if (metric == null) {
        throw new InvalidParamException("metrics", "'" + name + "' is not an ODCS library metric; use nullValues,"
            + " missingValues, invalidValues, duplicateValues or rowCount");
      }
      if (!metrics.contains(metric)) {
        metrics.add(metric);
      }
    }
    return metrics;
  }

  private static String level(String level) throws InvalidParamException {
    String normalised = level.toLowerCase(Locale.ROOT);
    if (!LEVELS.contains(normalised)) {
      throw new InvalidParamException("level", "'" + level + "' is not a level; use " + CheckParams.either(LEVELS));
    }
    return normalised;
  }
}
