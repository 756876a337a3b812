package io.quanta.contract.codec;

/**
 * The document is well-formed but an element has a shape the model cannot hold (a list where a
 * mapping belongs, text where a number belongs). Names the JSON Pointer of that element.
 */
public final class ContractBindingException extends Exception {

  private final String pointer;

  public ContractBindingException(String message, String pointer) {
    super(message);
    this.pointer = pointer;
  }

  public String pointer() {
    return pointer;
  }
}
