package io.quanta.runtime.quality;

import java.util.List;

/** Every quality rule of the contract, compiled: one {@link ObjectPlan} per object, in contract order. */
public record QualityPlan(List<ObjectPlan> objects) {

  public QualityPlan {
    objects = List.copyOf(objects);
  }

  /** All rules, object by object. */
  public List<PlannedRule> rules() {
    return objects.stream().flatMap(o -> o.rules().stream()).toList();
  }

  /** The statements a check runs: one scan per object plus one per runnable sql rule. */
  public int statements() {
    return objects.stream().mapToInt(o -> 1 + o.queries().size()).sum();
  }
}
