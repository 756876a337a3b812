package io.quanta.cli.scaffold;

/** Why a template cannot be listed or a quantum cannot be scaffolded, in one sentence for the user. */
public final class ScaffoldException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ScaffoldException(String message) {
    super(message);
  }
}
