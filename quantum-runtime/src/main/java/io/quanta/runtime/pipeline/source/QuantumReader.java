package io.quanta.runtime.pipeline.source;

import io.quanta.runtime.config.PipelineConfig.Format;
import io.quanta.runtime.config.PipelineConfig.QuantumOrigin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads one object of an upstream quantum through its output port, page by page in primary-key order
 * ({@code limit=} and {@code after=} the last key of the page before), each page streamed, all pinned to
 * the version the upstream had published when the read began ({@code version=}), so the pages are one
 * snapshot even if the upstream publishes meanwhile. An object without a primary key is read in one
 * request.
 */
public final class QuantumReader implements SourceReader {

  private final String base;
  private final QuantumOrigin origin;
  private final List<String> columns;
  private final List<String> key;
  private final Long version;
  private SourceReader page;
  private int[] keyPositions;
  private final Duration stall;
  private String[] lastKey;
  private long rowsInPage;
  private int pages;
  private boolean finished;

  /**
   * @param columns the upstream properties to read (the key is added when missing)
   * @param key the upstream object's primary-key properties, in order; empty for one unpaged read
   * @param version the upstream version to read, or null (a sidecar upstream)
   * @param stall how long a page may send nothing before it is cut
   */
  public QuantumReader(String base, QuantumOrigin origin, List<String> columns, List<String> key, Long version,
      Duration stall) {
    this.stall = stall;
    this.base = base;
    this.origin = origin;
    List<String> all = new ArrayList<>(columns);
    key.stream().filter(k -> !all.contains(k)).forEach(all::add);
    this.columns = List.copyOf(all);
    this.key = List.copyOf(key);
    this.version = version;
    this.keyPositions = key.stream().mapToInt(this.columns::indexOf).toArray();
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public boolean next(LoadDataEncoder out) throws IOException {
    while (true) {
      if (page == null) {
        if (finished) {
          return false;
        }
        page = open();
      }
      if (page.next(out)) {
        rowsInPage++;
        return true;
      }
      lastKey = page instanceof CsvReader csv ? csv.remembered() : ((NdjsonReader) page).remembered();
      page.close();
      page = null;
      if (key.isEmpty() || rowsInPage < origin.pageSize()) {
        finished = true;
        return false;
      }
    }
  }

  @Override
  public String position() {
    return "quantum " + origin.label() + " object " + origin.object() + " page " + pages + " row " + rowsInPage;
  }

  private SourceReader open() throws IOException {
    pages++;
    rowsInPage = 0;
    StringBuilder url = new StringBuilder(base).append("/data/").append(encode(origin.object()))
        .append("?format=").append(origin.format().word())
        .append("&select=").append(encode(String.join(",", columns)));
    if (!key.isEmpty()) {
      url.append("&limit=").append(origin.pageSize());
    }
    if (lastKey != null) {
      url.append("&after=").append(encode(java.util.Arrays.stream(lastKey).collect(Collectors.joining(","))));
    }
    if (version != null) {
      url.append("&version=").append(version);
    }
    String what = "quantum " + origin.label() + " object " + origin.object() + " (page " + pages + ")";
    String accept = origin.format() == Format.CSV ? "text/csv" : "application/x-ndjson";
    InputStream body = HttpInput.open(URI.create(url.toString()), origin.token(), accept, what, stall);
    if (origin.format() == Format.CSV) {
      CsvReader csv = new CsvReader(body, ',', "", what);
      if (!csv.columns().equals(columns)) {
        csv.close();
        throw new IOException(what + " answered columns " + csv.columns() + ", not the " + columns + " asked for");
      }
      csv.remember(keyPositions);
      return csv;
    }
    NdjsonReader ndjson = new NdjsonReader(body, columns, what);
    ndjson.remember(keyPositions);
    return ndjson;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public void close() throws IOException {
    if (page != null) {
      page.close();
    }
  }
}
