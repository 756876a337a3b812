package io.quanta.contract.diff;

/**
 * Renders a {@link DiffReport} for people: one line per change, then a summary line that says which
 * bump is needed and whether the new version has it.
 *
 * <pre>
 * BREAKING      /schema/orders/properties/amount/logicalType  type changed  number → string: readers …
 * 1 change (1 breaking). Needs a major bump: 1.2.0 → 2.0.0 or later; NEW is 1.3.0: NOT ENOUGH
 * </pre>
 */
public final class DiffText {

  private static final int WIDEST_PATH = 72;

  private DiffText() {
  }

  /** The change lines followed by the summary line. */
  public static String render(DiffReport report) {
    int width = report.changes().stream().mapToInt(c -> c.path().length()).max().orElse(0);
    width = Math.min(width, WIDEST_PATH);
    StringBuilder out = new StringBuilder();
    for (Change change : report.changes()) {
      out.append(line(change, width)).append('\n');
    }
    return out.append(summary(report)).append('\n').toString();
  }

  /** {@code BREAKING  <path>  <label>  <before> → <after>: <why>}, the path padded to {@code width}. */
  public static String line(Change change, int width) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-12s  %-" + Math.max(width, 1) + "s  %s", change.compatibility().word(),
        change.path(), change.kind().label()));
    String values = values(change);
    if (!values.isEmpty()) {
      out.append("  ").append(values);
    }
    return out.append(": ").append(change.why()).toString();
  }

  /** {@code 3 changes (1 breaking). Needs a major bump: 1.2.0 → 2.0.0 or later; NEW is 1.3.0: NOT ENOUGH}. */
  public static String summary(DiffReport report) {
    String verdict = report.versionSatisfies() ? "OK" : "NOT ENOUGH";
    if (report.changes().isEmpty()) {
      String lower = report.versionSatisfies() ? "" : ", below " + report.oldVersion();
      return "No changes. NEW is " + report.newVersion() + lower + ": " + verdict;
    }
    int count = report.changes().size();
    String counts = count + (count == 1 ? " change" : " changes") + " (" + report.breakingChanges().size()
        + " breaking). ";
    return counts + "Needs a " + report.required().word() + " bump: " + report.oldVersion() + " → "
        + report.minimumVersion() + " or later; NEW is " + report.newVersion() + ": " + verdict;
  }

  private static String values(Change change) {
    String name = lastToken(change.path());
    String before = name.equals(change.before()) ? null : change.before();
    String after = name.equals(change.after()) ? null : change.after();
    if (before != null && after != null) {
      return before + " → " + after;
    }
    if (before != null) {
      return "was " + before;
    }
    return after != null ? "now " + after : "";
  }

  private static String lastToken(String path) {
    return path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }
}
