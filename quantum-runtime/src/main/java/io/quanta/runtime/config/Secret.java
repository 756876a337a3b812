package io.quanta.runtime.config;

/**
 * A password, token or key. Its {@code toString} never shows the value, so a secret cannot leak
 * through a log line or an error message by accident.
 */
public record Secret(String value) {

  /** A secret from possibly-null text; blank text is no secret. */
  public static Secret of(String value) {
    return value == null || value.isBlank() ? null : new Secret(value);
  }

  /** The value of a possibly-null secret, or null. */
  public static String reveal(Secret secret) {
    return secret == null ? null : secret.value;
  }

  @Override
  public String toString() {
    return "****";
  }
}
