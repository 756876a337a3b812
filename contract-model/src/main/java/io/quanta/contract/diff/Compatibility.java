package io.quanta.contract.diff;

/** Whether a change can break a consumer that reads data under the old contract. */
public enum Compatibility {
  BREAKING, NON_BREAKING;

  /** The word used in text reports: {@code BREAKING} or {@code NON-BREAKING}. */
  public String word() {
    return this == BREAKING ? "BREAKING" : "NON-BREAKING";
  }
}
