package io.quanta.runtime.pipeline.source;

import java.io.IOException;

/**
 * Reading a source failed below the data: the connection was refused, cut or stalled. A run that fails so
 * may succeed later, so it is retried; a malformed row is another kind of failure and is not.
 */
public final class TransportException extends IOException {

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }

  public TransportException(String message) {
    super(message);
  }
}
