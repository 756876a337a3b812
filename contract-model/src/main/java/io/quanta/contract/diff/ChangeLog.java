package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.SourceMap;
import java.util.ArrayList;
import java.util.List;

/** Collects the changes one comparison finds, and builds the name-based paths they are reported at. */
final class ChangeLog {

  private static final int SHOWN = 60;

  private final List<Change> changes = new ArrayList<>();

  void add(String path, ChangeKind kind, String before, String after, String why) {
    changes.add(Change.of(path, kind, before, after, why));
  }

  List<Change> changes() {
    return List.copyOf(changes);
  }

  /** The parent path extended by each token, escaped as JSON Pointer tokens. */
  static String path(String parent, String... tokens) {
    StringBuilder out = new StringBuilder(parent);
    for (String token : tokens) {
      out.append('/').append(SourceMap.escape(token));
    }
    return out.toString();
  }

  /** A value as a short line of text: scalars as written, anything else as compact JSON. */
  static String show(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    return shorten(value.isValueNode() ? value.asText() : value.toString());
  }

  static String show(Object value) {
    return value == null ? null : shorten(value.toString());
  }

  private static String shorten(String text) {
    String line = text.replaceAll("\\s+", " ").trim();
    return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 1) + "…";
  }
}
