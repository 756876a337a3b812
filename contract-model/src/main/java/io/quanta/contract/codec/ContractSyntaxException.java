package io.quanta.contract.codec;

/**
 * The text is not well-formed YAML or JSON, or is not a mapping at the top. Carries the position so a
 * linter can report it as a finding rather than a stack trace.
 */
public final class ContractSyntaxException extends Exception {

  private final SourcePosition position;

  public ContractSyntaxException(String message, SourcePosition position) {
    super(message);
    this.position = position;
  }

  public SourcePosition position() {
    return position;
  }
}
