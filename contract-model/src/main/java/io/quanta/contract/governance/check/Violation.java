package io.quanta.contract.governance.check;

import java.util.Objects;

/**
 * One place where a contract breaks a rule.
 *
 * @param path the JSON Pointer of the offending element, empty for the whole contract
 * @param message what is wrong and how to fix it, in one sentence
 */
public record Violation(String path, String message) {

  public Violation {
    path = path == null ? "" : path;
    Objects.requireNonNull(message, "message");
  }
}
