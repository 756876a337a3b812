package io.quanta.runtime.pipeline.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The bytes {@code LOAD DATA LOCAL INFILE} reads: rows pulled from a {@link SourceReader} on demand and
 * encoded, so a source of any size streams into the database through one small buffer. Counts the rows
 * it hands over, stops when the run is cancelled, and keeps the first failure, because the driver reports
 * a failing stream as its own error.
 */
public final class LoadDataStream extends InputStream {

  private static final int FILL = 64 * 1024;

  private final SourceReader reader;
  private final LoadDataEncoder encoder;
  private final AtomicLong rows;
  private final BooleanSupplier cancelled;
  private boolean done;
  private IOException failure;

  public LoadDataStream(SourceReader reader, LoadDataEncoder encoder, AtomicLong rows, BooleanSupplier cancelled) {
    this.reader = reader;
    this.encoder = encoder;
    this.rows = rows;
    this.cancelled = cancelled;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    try {
      while (encoder.available() == 0 && !done) {
        fill();
      }
    } catch (IOException | RuntimeException e) {
      failure = e instanceof IOException io ? io : new IOException(reader.position() + ": " + e.getMessage(), e);
      done = true;
      throw failure;
    }
    if (encoder.available() == 0) {
      return -1;
    }
    return encoder.take(target, offset, length);
  }

  private void fill() throws IOException {
    long added = 0;
    while (encoder.available() < FILL) {
      if (cancelled.getAsBoolean()) {
        throw new TransportException("the run was stopped");
      }
      if (!reader.next(encoder)) {
        done = true;
        break;
      }
      added++;
    }
    rows.addAndGet(added);
  }

  /** The failure that ended the stream early, if any. */
  public IOException failure() {
    return failure;
  }

  /** True when every row of the source was read. */
  public boolean complete() {
    return done && failure == null;
  }
}
