package io.quanta.contract.inherit;

import java.util.HashMap;
import java.util.Map;

/**
 * The origins of an effective contract's elements, by pointer: the contract's own entries laid over
 * its parent's index. A merge keeps every inherited element at its pointer, so the parent's entries
 * stay true in the child and are shared rather than copied; a contract costs only what it declares.
 */
final class OriginIndex {

  static final OriginIndex EMPTY = new OriginIndex(null, Map.of());

  private final OriginIndex parent;
  private final Map<String, Origin> own;

  OriginIndex(OriginIndex parent, Map<String, Origin> own) {
    this.parent = parent;
    this.own = own;
  }

  /** The origin at this pointer, or null when no contract of the chain tracks an element there. */
  Origin get(String pointer) {
    for (OriginIndex index = this; index != null; index = index.parent) {
      Origin origin = index.own.get(pointer);
      if (origin != null) {
        return origin;
      }
    }
    return null;
  }

  /** Every entry, the nearest contract's winning. */
  Map<String, Origin> toMap() {
    Map<String, Origin> all = parent == null ? new HashMap<>() : parent.toMap();
    all.putAll(own);
    return all;
  }
}
