package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Compares two option values that have an order: numbers, and text of the same shape (ISO dates,
 * times and timestamps in one format sort as text). Anything else has no order.
 */
final class Ordered {

  private Ordered() {
  }

  /** Negative, zero or positive as {@code a} is below, equal to or above {@code b}; null when not comparable. */
  static Integer compare(JsonNode a, JsonNode b) {
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    if (x != null && y != null) {
      return Integer.signum(x.compareTo(y));
    }
    if (a.isTextual() && b.isTextual() && shape(a.asText()).equals(shape(b.asText()))) {
      return Integer.signum(a.asText().compareTo(b.asText()));
    }
    return null;
  }

  /** The value as a number when it is one, or is text that reads as one; otherwise null. */
  static BigDecimal number(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual()) {
      try {
        return new BigDecimal(value.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String shape(String text) {
    return text.replaceAll("[0-9]", "0");
  }
}
