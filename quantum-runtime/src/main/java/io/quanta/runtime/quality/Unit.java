package io.quanta.runtime.quality;

import java.util.Locale;

/** How a library metric is expressed: a count of rows, or a percentage (0–100) of the object's rows. */
public enum Unit {
  ROWS, PERCENT;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The unit a rule asks for; {@code rows} when unset; null when the word is neither. */
  public static Unit parse(String unit) {
    if (unit == null || unit.isBlank()) {
      return ROWS;
    }
    return switch (unit.trim().toLowerCase(Locale.ROOT)) {
      case "rows", "row", "count" -> ROWS;
      case "percent", "percentage", "%" -> PERCENT;
      default -> null;
    };
  }
}
