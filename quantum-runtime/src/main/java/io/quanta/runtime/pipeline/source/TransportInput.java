package io.quanta.runtime.pipeline.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Marks every I/O failure of an underlying stream (a socket, a file) as a {@link TransportException}, so
 * that parsers above it can tell a cut connection from a malformed row, and counts the bytes read.
 */
final class TransportInput extends FilterInputStream {

  private final String what;
  private volatile long bytes;
  private volatile long lastRead = System.nanoTime();
  private volatile String cut;

  TransportInput(InputStream in, String what) {
    super(in);
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    try {
      int b = super.read();
      touched(b < 0 ? 0 : 1);
      return b;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      int n = super.read(b, off, len);
      touched(Math.max(n, 0));
      return n;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  long bytes() {
    return bytes;
  }

  /** Nanoseconds (System.nanoTime) of the last successful read. */
  long lastRead() {
    return lastRead;
  }

  /** Closes the stream from another thread, so that a blocked read fails with this reason. */
  void cut(String reason) throws IOException {
    cut = reason;
    close();
  }

  private void touched(int n) {
    bytes += n;
    lastRead = System.nanoTime();
  }

  private TransportException failed(IOException e) {
    if (e instanceof TransportException t) {
      return t;
    }
    String message = cut != null ? cut : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new TransportException("reading " + what + " failed after " + bytes + " bytes: " + message, e);
  }
}
