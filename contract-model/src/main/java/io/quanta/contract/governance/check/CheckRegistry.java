package io.quanta.contract.governance.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks policies may name, looked up by name; {@link #standard()} holds the documented ones. */
public final class CheckRegistry {

  private static final CheckRegistry STANDARD = new CheckRegistry(List.of(
      RequiredFundamentals.CHECK, PropertyClassification.CHECK, AllowedClassifications.CHECK, PiiClassified.CHECK,
      Descriptions.CHECK, PrimaryKey.CHECK, RequiredQualityMetrics.CHECK, RequiredSla.CHECK,
      SemanticVersion.CHECK));

  private final Map<String, PolicyCheck> checks = new LinkedHashMap<>();

  private CheckRegistry(Collection<PolicyCheck> checks) {
    for (PolicyCheck check : checks) {
      if (this.checks.putIfAbsent(check.name(), check) != null) {
        throw new IllegalArgumentException("two checks are named " + check.name());
      }
    }
  }

  /** The checks documented in docs/governance.md. */
  public static CheckRegistry standard() {
    return STANDARD;
  }

  /** This registry plus more checks, for a deployment with checks of its own; names must be new. */
  public CheckRegistry with(PolicyCheck... more) {
    List<PolicyCheck> all = new ArrayList<>(checks.values());
    all.addAll(List.of(more));
    return new CheckRegistry(all);
  }

  /** The check with this name, if registered. */
  public Optional<PolicyCheck> find(String name) {
    return Optional.ofNullable(checks.get(name));
  }

  /** Every check, in registration order. */
  public List<PolicyCheck> checks() {
    return List.copyOf(checks.values());
  }

  /** The names of every check, in registration order. */
  public List<String> names() {
    return List.copyOf(checks.keySet());
  }
}
