package io.quanta.runtime.pipeline.source;

import io.quanta.runtime.config.PipelineConfig.FileOrigin;
import io.quanta.runtime.config.PipelineConfig.Format;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Opens a file source, on disk or over HTTP, gzip-compressed when its name ends in {@code .gz}. */
public final class FileSources {

  private FileSources() {
  }

  /**
   * The file's reader. {@code columns} (NDJSON only) names the keys to read; null reads the keys of the
   * first object and those of {@code typed}. A file over HTTP that sends nothing for {@code stall} is cut.
   */
  public static SourceReader open(FileOrigin origin, List<String> columns, List<String> typed, String label,
      Duration stall) throws IOException {
    InputStream in;
    String what = label + " (" + origin.location() + ")";
    if (origin.path() != null) {
      try {
        in = new TransportInput(Files.newInputStream(origin.path()), what);
      } catch (NoSuchFileException e) {
        throw new TransportException("the file " + origin.path() + " of source " + label + " does not exist", e);
      } catch (IOException e) {
        throw new TransportException("the file " + origin.path() + " of source " + label + " cannot be read: "
            + e.getMessage(), e);
      }
    } else {
      in = HttpInput.open(URI.create(origin.url()), null, "*/*", "source " + label, stall);
    }
    try {
      if (origin.location().toLowerCase(java.util.Locale.ROOT).replaceAll("[?#].*$", "").endsWith(".gz")) {
        in = new GZIPInputStream(in, 64 * 1024);
      }
      return origin.format() == Format.CSV
          ? new CsvReader(in, origin.delimiter(), origin.nullValue(), what)
          : new NdjsonReader(in, columns, typed, what);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }
}
