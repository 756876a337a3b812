package io.quanta.runtime.storage;

/** Storage could not be reached or prepared; the message says which and why, without secrets. */
public final class StorageException extends RuntimeException {

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageException(String message) {
    super(message);
  }
}
