package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The comparisons that decide whether an override tightens (allowed) or loosens (refused). */
final class Tightening {

  /** Classification levels from the least to the most protected. */
  static final List<String> CLASSIFICATIONS = List.of("public", "internal", "confidential", "restricted");

  private static final Pattern PHYSICAL = Pattern.compile(
      "([a-z][a-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*");
  private static final Pattern ISO_TEMPORAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*|\\d{2}:\\d{2}.*");

  private Tightening() {
  }

  /** Logical types and object kinds compare without regard to case. */
  static boolean sameType(String was, String now) {
    return normalize(was).equals(normalize(now));
  }

  /**
   * True when the physical type is the same, or the same base type with a length or precision that
   * every value of the old one still fits: {@code varchar(100) → varchar(50)}, {@code varchar → varchar(50)},
   * {@code decimal(10,2) → decimal(8,2)}; not {@code decimal(10,2) → decimal(10,1)}, which allows
   * more integer digits.
   */
  static boolean physicalNarrows(String was, String now) {
    if (sameType(was, now)) {
      return true;
    }
    Matcher a = PHYSICAL.matcher(normalize(was));
    Matcher b = PHYSICAL.matcher(normalize(now));
    if (!a.matches() || !b.matches() || !a.group(1).equals(b.group(1)) || b.group(2) == null) {
      return false;
    }
    if (a.group(2) == null) {
      return true;
    }
    long wasPrecision = Long.parseLong(a.group(2));
    long nowPrecision = Long.parseLong(b.group(2));
    long wasScale = a.group(3) == null ? 0 : Long.parseLong(a.group(3));
    long nowScale = b.group(3) == null ? 0 : Long.parseLong(b.group(3));
    if (a.group(3) == null && b.group(3) == null) {
      return nowPrecision <= wasPrecision;
    }
    return nowScale <= wasScale && nowPrecision - nowScale <= wasPrecision - wasScale;
  }

  /** True when the classification stays or rises; a value outside the known levels must stay as it is. */
  static boolean classificationRises(String was, String now) {
    int from = CLASSIFICATIONS.indexOf(normalize(was));
    int to = CLASSIFICATIONS.indexOf(normalize(now));
    return from < 0 || to < 0 ? normalize(was).equals(normalize(now)) : to >= from;
  }

  /** True unless a flag that was true becomes false (required, unique, criticalDataElement…). */
  static boolean flagKept(JsonNode was, JsonNode now) {
    return !(was != null && was.asBoolean(false) && now != null && !now.asBoolean(false));
  }

  /** Orders two bounds: numbers by value, ISO dates and times by text; empty when they do not compare. */
  static Optional<Integer> compare(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return Optional.of(a.decimalValue().compareTo(b.decimalValue()));
    }
    Optional<BigDecimal> x = Nodes.number(a);
    Optional<BigDecimal> y = Nodes.number(b);
    if (x.isPresent() && y.isPresent()) {
      return Optional.of(x.get().compareTo(y.get()));
    }
    String s = a.asText();
    String t = b.asText();
    if (a.isTextual() && b.isTextual() && s.length() == t.length()
        && ISO_TEMPORAL.matcher(s).matches() && ISO_TEMPORAL.matcher(t).matches()) {
      return Optional.of(Integer.signum(s.compareTo(t)));
    }
    return Optional.empty();
  }

  private static String normalize(String text) {
    return text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
