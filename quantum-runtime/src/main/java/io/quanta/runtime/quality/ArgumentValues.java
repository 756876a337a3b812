package io.quanta.runtime.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.runtime.schema.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a value listed in a rule's {@code arguments} into a value of the column's type, so that it is
 * bound as a parameter of that type. A value that cannot be of that type (say {@code 'N/A'} for an
 * integer column) can never occur in the column and is left out, rather than compared as text, which
 * MySQL would turn into 0 and match every zero.
 */
final class ArgumentValues {

  private ArgumentValues() {
  }

  static Optional<Object> convert(Column column, JsonNode value) {
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    String text = value.asText();
    try {
      return Optional.ofNullable(switch (column.kind()) {
        case STRING, JSON -> text;
        case INTEGER -> {
          BigDecimal number = new BigDecimal(text.trim());
          yield number.stripTrailingZeros().scale() <= 0 ? Long.valueOf(number.longValueExact()) : null;
        }
        case DECIMAL -> new BigDecimal(text.trim());
        case BOOLEAN -> switch (text.trim().toLowerCase(Locale.ROOT)) {
          case "true", "1" -> Boolean.TRUE;
          case "false", "0" -> Boolean.FALSE;
          default -> null;
        };
        case DATE -> LocalDate.parse(text.trim());
        case TIMESTAMP -> LocalDateTime.parse(text.trim().replace(' ', 'T'));
        case TIME -> LocalTime.parse(text.trim());
      });
    } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
