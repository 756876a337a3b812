package io.quanta.contract.governance;

import java.util.List;

/**
 * The policies of one file.
 *
 * @param name the set's name
 * @param description what the set is for, may be empty
 * @param level global (applies mesh-wide) or domain (adds to the global policies for one domain)
 * @param domain the domain a domain set governs; null for a global set
 * @param policies the policies, in file order
 * @param overrides severity-only overrides of global policies (domain sets only)
 * @param source the file or resource it was read from
 */
public record PolicySet(String name, String description, PolicyLevel level, String domain, List<Policy> policies,
    List<SeverityOverride> overrides, String source) {

  public PolicySet {
    description = description == null ? "" : description;
    policies = List.copyOf(policies);
    overrides = overrides == null ? List.of() : List.copyOf(overrides);
    if (level == PolicyLevel.DOMAIN && (domain == null || domain.isBlank())) {
      throw new IllegalArgumentException("a domain policy set names its domain");
    }
    if (level == PolicyLevel.GLOBAL && (domain != null || !overrides.isEmpty())) {
      throw new IllegalArgumentException("a global policy set has no domain and no overrides");
    }
  }
}
