package io.quanta.contract.codec;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each element of a parsed document starts, keyed by JSON Pointer ({@code /schema/0/name}).
 * A member's position is that of its key, so a finding points at the line a person reads as "that field".
 */
public final class SourceMap {

  private final Map<String, SourcePosition> positions;

  SourceMap() {
    this(16);
  }

  SourceMap(int expectedElements) {
    positions = new HashMap<>(Math.max(16, expectedElements * 4 / 3 + 1));
  }

  void put(String pointer, SourcePosition position) {
    positions.putIfAbsent(pointer, position);
  }

  /** The position of the element at this pointer, or of its nearest ancestor that has one. */
  public SourcePosition locate(String pointer) {
    String current = pointer == null ? "" : pointer;
    while (true) {
      SourcePosition found = positions.get(current);
      if (found != null) {
        return found;
      }
      if (current.isEmpty()) {
        return SourcePosition.START;
      }
      int slash = current.lastIndexOf('/');
      current = slash <= 0 ? "" : current.substring(0, slash);
    }
  }

  /** Escapes one reference token of a JSON Pointer (RFC 6901). */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
