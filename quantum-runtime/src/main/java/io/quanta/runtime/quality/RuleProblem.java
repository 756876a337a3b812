package io.quanta.runtime.quality;

/** A rule that cannot be run as written; the message says what to change and becomes the result's detail. */
public final class RuleProblem extends RuntimeException {

  public RuleProblem(String message) {
    super(message, null, false, false);
  }
}
