package io.quanta.contract.governance;

import io.quanta.contract.codec.SourcePosition;

/** Where a policy was written: the file (or resource) and the line of its entry. */
public record PolicyOrigin(String source, SourcePosition position) {

  public PolicyOrigin {
    source = source == null ? "" : source;
    position = position == null ? SourcePosition.START : position;
  }

  /** {@code file:line}, the way messages name a policy's place. */
  @Override
  public String toString() {
    return source + ":" + position.line();
  }
}
