package io.quanta.runtime.pipeline.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads newline-delimited JSON objects with a streaming parser, one object per row. The columns are given
 * (the target's, or the upstream contract's) or, when not, are the keys of the first object. A key the
 * object lacks or a JSON null is NULL; keys that are not columns are ignored; nested objects and arrays are
 * written as JSON text. Can remember chosen columns of the last row (the key, for keyset paging).
 */
public final class NdjsonReader implements SourceReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonParser parser;
  private final String label;
  private final List<String> columns;
  private final Map<String, Integer> index = new HashMap<>();
  private final String[] values;
  private Map<String, String> first;
  private long row;
  private int[] remembered = new int[0];
  private String[] lastRemembered = new String[0];

  /** {@code columns} null: the keys of the first object. */
  public NdjsonReader(InputStream in, List<String> columns, String label) throws IOException {
    this(in, columns, List.of(), label);
  }

  /**
   * {@code columns} null: the keys of the first object, followed by those of {@code also} it lacks (columns
   * whose type is configured, so that they exist even when the first object leaves them out).
   */
  public NdjsonReader(InputStream in, List<String> columns, List<String> also, String label) throws IOException {
    this.parser = JSON.getFactory().createParser(in);
    this.label = label;
    if (columns == null) {
      first = readObject();
      java.util.List<String> keys = new java.util.ArrayList<>(first == null ? List.of() : first.keySet());
      also.stream().filter(k -> !keys.contains(k)).forEach(keys::add);
      this.columns = List.copyOf(keys);
    } else {
      this.columns = List.copyOf(columns);
    }
    for (int i = 0; i < this.columns.size(); i++) {
      index.put(this.columns.get(i), i);
    }
    this.values = new String[this.columns.size()];
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  /** Remembers these columns (by position) of each row; {@link #remembered()} gives the last row's. */
  public void remember(int[] positions) {
    this.remembered = positions.clone();
    this.lastRemembered = new String[positions.length];
  }

  public String[] remembered() {
    return lastRemembered.clone();
  }

  @Override
  public boolean next(LoadDataEncoder out) throws IOException {
    Arrays.fill(values, null);
    if (first != null) {
      first.forEach((k, v) -> values[index.get(k)] = v);
      first = null;
    } else if (!readInto()) {
      return false;
    }
    for (int i = 0; i < remembered.length; i++) {
      lastRemembered[i] = values[remembered[i]];
    }
    for (String value : values) {
      if (value == null) {
        out.nul();
      } else {
        out.text(value);
      }
    }
    out.endRow();
    return true;
  }

  @Override
  public String position() {
    return label + " row " + row;
  }

  private boolean readInto() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return false;
    }
    row++;
    if (token != JsonToken.START_OBJECT) {
      throw new IOException(label + " row " + row + " is not a JSON object");
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      Integer at = index.get(parser.currentName());
      JsonToken value = parser.nextToken();
      if (at == null) {
        parser.skipChildren();
      } else {
        values[at] = text(value);
      }
    }
    return true;
  }

  private Map<String, String> readObject() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return null;
    }
    row++;
    if (token != JsonToken.START_OBJECT) {
      throw new IOException(label + " row " + row + " is not a JSON object");
    }
    Map<String, String> out = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      out.put(name, text(parser.nextToken()));
    }
    return out;
  }

  private String text(JsonToken value) throws IOException {
    return switch (value) {
      case VALUE_NULL -> null;
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case START_OBJECT, START_ARRAY -> {
        JsonNode tree = JSON.readTree(parser);
        yield tree.toString();
      }
      default -> parser.getText();
    };
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
