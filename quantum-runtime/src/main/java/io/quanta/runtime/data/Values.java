package io.quanta.runtime.data;

import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.quanta.runtime.schema.Column;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Converts text from a URL into a value of a column's type, or answers 400 saying what was expected. */
final class Values {

  private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

  private Values() {
  }

  static Object parse(Column column, String text) {
    try {
      return switch (column.kind()) {
        case STRING -> text;
        case INTEGER -> {
          BigInteger value = new BigInteger(text.trim());
          if (value.compareTo(MIN_LONG) < 0 || value.compareTo(MAX_LONG) > 0) {
            throw new NumberFormatException();
          }
          yield value.longValue();
        }
        case DECIMAL -> new BigDecimal(text.trim());
        case BOOLEAN -> switch (text.trim().toLowerCase(Locale.ROOT)) {
          case "true", "1" -> Boolean.TRUE;
          case "false", "0" -> Boolean.FALSE;
          default -> throw new IllegalArgumentException();
        };
        case DATE -> LocalDate.parse(text.trim());
        case TIMESTAMP -> timestamp(text.trim());
        case TIME -> LocalTime.parse(text.trim());
        case JSON -> throw Problem.badRequest("unfilterable-column",
            "column " + column.name() + " holds JSON documents and cannot be filtered or used as a key");
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw mismatch(column, text);
    } catch (IllegalArgumentException e) {
      throw mismatch(column, text);
    }
  }

  private static LocalDateTime timestamp(String text) {
    try {
      return LocalDateTime.parse(text.replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text.replace(' ', 'T')).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
      } catch (DateTimeParseException again) {
        return LocalDate.parse(text).atStartOfDay();
      }
    }
  }

  private static Problem mismatch(Column column, String text) {
    String expected = switch (column.kind()) {
      case INTEGER -> "a whole number";
      case DECIMAL -> "a number";
      case BOOLEAN -> "true or false";
      case DATE -> "a date like 2024-01-31";
      case TIMESTAMP -> "a timestamp like 2024-01-31T12:00:00";
      case TIME -> "a time like 12:00:00";
      default -> "text";
    };
    return Problem.badRequest("bad-value", "'" + Negotiation.truncate(text) + "' does not fit column "
        + column.name() + ": expected " + expected);
  }
}
