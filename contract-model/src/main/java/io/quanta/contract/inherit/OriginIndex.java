package io.quanta.contract.inherit;

import java.util.HashMap;
import java.util.Map;

/**
 * The origins of an effective contract's elements, by pointer: what the contract itself declares,
 * laid over its parent's index. A merge keeps every inherited element at its pointer, so the parent's
 * entries stay true in the child and are shared rather than copied, and which ancestor an override
 * replaced is looked up only when asked: a merge costs only what the child declares.
 */
final class OriginIndex {

  static final OriginIndex EMPTY = new OriginIndex(null, null, Map.of());

  private final OriginIndex parent;
  private final ContractRef self;
  /** Pointer → true when the element overrides an inherited one, false when this contract introduced it. */
  private final Map<String, Boolean> declared;

  OriginIndex(OriginIndex parent, ContractRef self, Map<String, Boolean> declared) {
    this.parent = parent;
    this.self = self;
    this.declared = declared;
  }

  /** The origin at this pointer, or null when no contract of the chain tracks an element there. */
  Origin get(String pointer) {
    for (OriginIndex index = this; index != null; index = index.parent) {
      Boolean overrides = index.declared.get(pointer);
      if (overrides != null) {
        return new Origin(index.self, overrides ? index.parent.definer(pointer) : null);
      }
    }
    return null;
  }

  /** The contract whose definition of the element is in effect; the contract itself if none is tracked. */
  ContractRef definer(String pointer) {
    Origin origin = get(pointer);
    return origin == null ? self : origin.definedBy();
  }

  /** Every entry, the nearest contract's winning. */
  Map<String, Origin> toMap() {
    if (parent == null) {
      return new HashMap<>();
    }
    Map<String, Origin> inherited = parent.toMap();
    Map<String, Origin> all = new HashMap<>(inherited);
    declared.forEach((pointer, overrides) -> {
      Origin replaced = overrides ? inherited.get(pointer) : null;
      all.put(pointer, new Origin(self, !overrides ? null : replaced == null ? parent.self : replaced.definedBy()));
    });
    return all;
  }
}
