package io.quanta.contract.finding;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;

/** Renders findings as text lines or as a JSON array, the two {@code --format}s of the CLI. */
public final class FindingsReport {

  private FindingsReport() {
  }

  /** One finding per line, in {@link Finding#ORDER}. */
  public static String text(Collection<Finding> findings) {
    StringBuilder out = new StringBuilder();
    findings.stream().sorted(Finding.ORDER).forEach(f -> out.append(f).append('\n'));
    return out.toString();
  }

  /** The findings as JSON objects with severity, code, source, path, line, column and message. */
  public static ArrayNode json(Collection<Finding> findings) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    findings.stream().sorted(Finding.ORDER).forEach(f -> array.add(json(f)));
    return array;
  }

  /** One finding as a JSON object. */
  public static ObjectNode json(Finding finding) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("severity", finding.severity().word());
    node.put("code", finding.code());
    node.put("source", finding.source());
    node.put("path", finding.path());
    if (finding.position() != null) {
      node.put("line", finding.position().line());
      node.put("column", finding.position().column());
    }
    node.put("message", finding.message());
    return node;
  }

  /** True when any finding is an error. */
  public static boolean hasErrors(Collection<Finding> findings) {
    return findings.stream().anyMatch(Finding::isError);
  }

  /** Counts as "2 errors, 1 warning". */
  public static String summary(List<Finding> findings) {
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  private static String plural(long count, String word) {
    return count + " " + word + (count == 1 ? "" : "s");
  }
}
