package io.quanta.contract.governance.check;

/** A policy's {@code params} do not fit its check; names the parameter so the reader can point at its line. */
public final class InvalidParamException extends Exception {

  private final String param;

  public InvalidParamException(String param, String message) {
    super(message);
    this.param = param;
  }

  /** The parameter at fault, or null when the params as a whole are wrong. */
  public String param() {
    return param;
  }
}
