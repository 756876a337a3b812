package io.quanta.contract.inherit;

import io.quanta.contract.finding.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What resolving a contract gives: the effective contract, or the findings (cycle, missing parent,
 * version mismatch, illegal override…) that name the chain and prevent it.
 */
public record Resolution(Optional<EffectiveContract> effective, List<Finding> findings) {

  public Resolution {
    findings = List.copyOf(findings);
  }

  static Resolution of(EffectiveContract effective) {
    return new Resolution(Optional.of(effective), List.of());
  }

  static Resolution failed(List<Finding> findings) {
    return new Resolution(Optional.empty(), findings);
  }

  /** True when the effective contract could be built. */
  public boolean resolved() {
    return effective.isPresent();
  }
}
