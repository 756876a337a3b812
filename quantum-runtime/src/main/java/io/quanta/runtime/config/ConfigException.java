package io.quanta.runtime.config;

/** {@code quantum.yaml} or the environment is wrong; the message is one sentence a person can act on. */
public final class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }
}
