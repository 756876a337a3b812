package io.quanta.runtime.quality;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ODCS v3.1 library metrics, each computed as one aggregate of the object's scan. */
public enum Metric {
  /** NULLs in a column. */
  NULL_VALUES("nullValues", true),
  /** NULLs or values listed in {@code arguments.missingValues} (default: NULL and the empty string). */
  MISSING_VALUES("missingValues", true),
  /** Non-NULL values outside {@code arguments.validValues} or not matching {@code arguments.pattern}. */
  INVALID_VALUES("invalidValues", true),
  /** Non-NULL values (or tuples of {@code arguments.properties}) that repeat an earlier one. */
  DUPLICATE_VALUES("duplicateValues", false),
  /** Rows of the object. */
  ROW_COUNT("rowCount", false);

  private final String odcsName;
  private final boolean needsProperty;

  Metric(String odcsName, boolean needsProperty) {
    this.odcsName = odcsName;
    this.needsProperty = needsProperty;
  }

  /** The name used in contracts and results. */
  public String odcsName() {
    return odcsName;
  }

  /** True when the metric only makes sense on a property (a column). */
  public boolean needsProperty() {
    return needsProperty;
  }

  /** The metric named in a contract (case-insensitive; {@code duplicateCount} is the ODCS v3.0 spelling). */
  public static Optional<Metric> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    if (wanted.equals("duplicatecount")) {
      return Optional.of(DUPLICATE_VALUES);
    }
    return Arrays.stream(values()).filter(m -> m.odcsName.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  /** The names, for messages. */
  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(Metric::odcsName).toList());
  }
}
