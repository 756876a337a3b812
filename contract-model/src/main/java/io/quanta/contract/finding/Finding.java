package io.quanta.contract.finding;

import io.quanta.contract.codec.SourcePosition;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a check found in a contract.
 *
 * @param severity how much it matters
 * @param code a stable, kebab-case identifier of the check ({@code schema}, {@code duplicate-property}…)
 * @param source the file (or contract id) the finding is about
 * @param path the JSON Pointer of the element ({@code /schema/0/properties/2}); empty for the whole document
 * @param position line and column in the source, or null when the element has no source text
 * @param message what is wrong, in one sentence
 */
public record Finding(Severity severity, String code, String source, String path, SourcePosition position,
    String message) {

  /** Errors first, then by position, then by path. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::severity)
      .thenComparing(f -> f.position() == null ? Integer.MAX_VALUE : f.position().line())
      .thenComparing(f -> f.position() == null ? Integer.MAX_VALUE : f.position().column())
      .thenComparing(Finding::path)
      .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    source = source == null ? "" : source;
    path = path == null ? "" : path;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: error [code] message (at /path)}, the form compilers use. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (!source.isEmpty()) {
      out.append(source);
      if (position != null) {
        out.append(':').append(position.line()).append(':').append(position.column());
      }
      out.append(": ");
    }
    out.append(severity.word()).append(" [").append(code).append("] ").append(message);
    if (!path.isEmpty()) {
      out.append(" (at ").append(path).append(')');
    }
    return out.toString();
  }
}
