package io.quanta.runtime.pipeline.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A source's rows, read one at a time into a {@link LoadDataEncoder}, so that they stream into the database
 * without ever being held together. Transport failures surface as {@link TransportException}; anything
 * else thrown means the data itself could not be read.
 */
public interface SourceReader extends Closeable {

  /** The source's column names, in the order each row's fields are written. */
  List<String> columns();

  /** Writes the next row's fields (one per column) and ends the row; false when there are no more rows. */
  boolean next(LoadDataEncoder out) throws IOException;

  /** Where the last row came from, for messages ({@code line 17}). */
  String position();
}
