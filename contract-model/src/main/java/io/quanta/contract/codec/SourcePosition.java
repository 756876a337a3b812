package io.quanta.contract.codec;

/** A 1-based line and column in a source file. */
public record SourcePosition(int line, int column) {

  /** Where nothing better is known: the top of the file. */
  public static final SourcePosition START = new SourcePosition(1, 1);

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
