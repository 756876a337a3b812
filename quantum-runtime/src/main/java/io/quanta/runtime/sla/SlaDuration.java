package io.quanta.runtime.sla;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an SLA value and unit as a duration: {@code value: 4, unit: d}, {@code value: "4 days"},
 * {@code value: PT6H}. Units: ms, s, m (minutes), h, d, w, mo (30 days), y (365 days), with their word
 * forms (sec, min, hour, day, week, month, year, yr, plurals). The same readings as
 * {@code quanta contract diff}.
 */
public final class SlaDuration {

  private static final Pattern AMOUNT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*([A-Za-z]+)?");
  private static final long DAY = 86_400;
  private static final Map<String, Long> SECONDS = Map.ofEntries(
      Map.entry("s", 1L), Map.entry("sec", 1L), Map.entry("secs", 1L), Map.entry("second", 1L),
      Map.entry("seconds", 1L), Map.entry("m", 60L), Map.entry("min", 60L), Map.entry("mins", 60L),
      Map.entry("minute", 60L), Map.entry("minutes", 60L), Map.entry("h", 3_600L), Map.entry("hr", 3_600L),
      Map.entry("hrs", 3_600L), Map.entry("hour", 3_600L), Map.entry("hours", 3_600L), Map.entry("d", DAY),
      Map.entry("day", DAY), Map.entry("days", DAY), Map.entry("w", 7 * DAY), Map.entry("wk", 7 * DAY),
      Map.entry("week", 7 * DAY), Map.entry("weeks", 7 * DAY), Map.entry("mo", 30 * DAY),
      Map.entry("month", 30 * DAY), Map.entry("months", 30 * DAY), Map.entry("y", 365 * DAY),
      Map.entry("yr", 365 * DAY), Map.entry("yrs", 365 * DAY), Map.entry("year", 365 * DAY),
      Map.entry("years", 365 * DAY));

  private SlaDuration() {
  }

  /** The duration, or empty when the value is missing, not a quantity, or has no known time unit. */
  public static Optional<Duration> parse(JsonNode value, String unit) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      return withUnit(value.decimalValue(), unit);
    }
    String text = value.asText().trim();
    Matcher m = AMOUNT.matcher(text);
    if (m.matches()) {
      return withUnit(new BigDecimal(m.group(1)), m.group(2) != null ? m.group(2) : unit);
    }
    try {
      return Optional.of(Duration.parse(text));
    } catch (DateTimeParseException e) {
      try {
        Period p = Period.parse(text);
        return Optional.of(Duration.ofSeconds((p.getYears() * 365L + p.getMonths() * 30L + p.getDays()) * DAY));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  private static Optional<Duration> withUnit(BigDecimal amount, String unit) {
    if (unit == null || unit.isBlank() || amount.signum() < 0) {
      return Optional.empty();
    }
    String u = unit.trim().toLowerCase(Locale.ROOT);
    if (u.equals("ms") || u.startsWith("millisecond")) {
      return Optional.of(Duration.ofMillis(amount.longValue()));
    }
    Long seconds = SECONDS.get(u);
    if (seconds == null) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(amount.multiply(BigDecimal.valueOf(seconds * 1000)).longValue()));
  }
}
