package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads SLA values as durations or instants so that {@code 4 d} and {@code 96 h} compare. Units follow
 * ODCS's own words ({@code d}, {@code day}, {@code days}, {@code y}, {@code yr}, {@code years}…); a month is
 * 30 days and a year 365, which is all a "stricter or not" comparison needs.
 */
final class Durations {

  private static final long MINUTE = 60;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;
  private static final Map<String, Long> UNITS = Map.ofEntries(
      Map.entry("s", 1L), Map.entry("sec", 1L), Map.entry("secs", 1L),
      Map.entry("second", 1L), Map.entry("seconds", 1L),
      Map.entry("m", MINUTE), Map.entry("min", MINUTE), Map.entry("mins", MINUTE), Map.entry("minute", MINUTE),
      Map.entry("minutes", MINUTE),
      Map.entry("h", HOUR), Map.entry("hr", HOUR), Map.entry("hrs", HOUR), Map.entry("hour", HOUR),
      Map.entry("hours", HOUR),
      Map.entry("d", DAY), Map.entry("day", DAY), Map.entry("days", DAY),
      Map.entry("w", 7 * DAY), Map.entry("wk", 7 * DAY), Map.entry("week", 7 * DAY), Map.entry("weeks", 7 * DAY),
      Map.entry("mo", 30 * DAY), Map.entry("mon", 30 * DAY), Map.entry("month", 30 * DAY),
      Map.entry("months", 30 * DAY),
      Map.entry("y", 365 * DAY), Map.entry("yr", 365 * DAY), Map.entry("yrs", 365 * DAY),
      Map.entry("year", 365 * DAY), Map.entry("years", 365 * DAY));

  private Durations() {
  }

  /** The value in seconds: a number with a known unit, or an ISO-8601 duration such as {@code PT4H} or {@code P3Y}. */
  static Optional<BigDecimal> seconds(JsonNode value, String unit) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    String text = value.asText().trim().toUpperCase(Locale.ROOT);
    if (value.isTextual() && text.startsWith("P")) {
      return iso(text);
    }
    Optional<BigDecimal> amount = Nodes.number(value);
    if (amount.isEmpty() || unit == null) {
      return Optional.empty();
    }
    String key = unit.trim().toLowerCase(Locale.ROOT);
    if (key.equals("ms")) {
      return Optional.of(amount.get().movePointLeft(3));
    }
    Long factor = UNITS.get(key);
    return factor == null ? Optional.empty() : Optional.of(amount.get().multiply(BigDecimal.valueOf(factor)));
  }

  /** A date or date-time in ISO-8601, as seconds since the epoch (UTC when no offset is given). */
  static Optional<Long> instant(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return Optional.empty();
    }
    String text = value.asText().trim();
    try {
      return Optional.of(OffsetDateTime.parse(text).toEpochSecond());
    } catch (DateTimeParseException e) {
      // not with an offset; try the local forms
    }
    try {
      return Optional.of(LocalDateTime.parse(text).toEpochSecond(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // not a local date-time either
    }
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<BigDecimal> iso(String text) {
    try {
      if (text.contains("T")) {
        int t = text.indexOf('T');
        long days = t == 1 ? 0 : periodSeconds(Period.parse(text.substring(0, t)));
        return Optional.of(BigDecimal.valueOf(days + Duration.parse("P" + text.substring(t)).getSeconds()));
      }
      return Optional.of(BigDecimal.valueOf(periodSeconds(Period.parse(text))));
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static long periodSeconds(Period period) {
    return period.getYears() * 365 * DAY + period.getMonths() * 30 * DAY + period.getDays() * DAY;
  }
}
