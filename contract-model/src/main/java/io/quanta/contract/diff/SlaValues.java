package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SLA values as comparable quantities (durations in seconds, percentages, instants, times of day)
 * and knows, for the ODCS SLA properties, which direction is the stronger promise.
 */
final class SlaValues {

  /** A value in a dimension; two quantities compare only within one dimension. */
  record Quantity(String dimension, BigDecimal amount) {
  }

  /** Properties whose promise is stronger when the value is smaller (sooner, more often, fewer errors). */
  private static final Set<String> SMALLER_IS_STRONGER = Set.of("latency", "frequency", "timetodetect",
      "timetonotify", "timetorepair", "errorrate", "generalavailability", "timeofavailability");
  /** Properties whose promise is stronger when the value is larger (kept longer, up more, supported longer). */
  private static final Set<String> LARGER_IS_STRONGER = Set.of("retention", "availability", "throughput",
      "endofsupport", "endoflife");
  private static final Pattern AMOUNT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*([A-Za-z%]+)?");
  private static final long DAY = 86_400;
  private static final Map<String, Long> SECONDS = Map.ofEntries(
      Map.entry("s", 1L), Map.entry("sec", 1L), Map.entry("secs", 1L),
      Map.entry("second", 1L), Map.entry("seconds", 1L), Map.entry("m", 60L), Map.entry("min", 60L),
      Map.entry("mins", 60L), Map.entry("minute", 60L), Map.entry("minutes", 60L), Map.entry("h", 3_600L),
      Map.entry("hr", 3_600L), Map.entry("hrs", 3_600L), Map.entry("hour", 3_600L), Map.entry("hours", 3_600L),
      Map.entry("d", DAY), Map.entry("day", DAY), Map.entry("days", DAY), Map.entry("w", 7 * DAY),
      Map.entry("wk", 7 * DAY), Map.entry("week", 7 * DAY), Map.entry("weeks", 7 * DAY),
      Map.entry("mo", 30 * DAY), Map.entry("month", 30 * DAY), Map.entry("months", 30 * DAY),
      Map.entry("y", 365 * DAY), Map.entry("yr", 365 * DAY), Map.entry("yrs", 365 * DAY),
      Map.entry("year", 365 * DAY), Map.entry("years", 365 * DAY));

  private SlaValues() {
  }

  /** +1 when a larger value is the stronger promise, -1 when a smaller one is, 0 when unknown. */
  static int strongerWhenLarger(String property) {
    String name = property == null ? "" : property.toLowerCase(Locale.ROOT);
    return LARGER_IS_STRONGER.contains(name) ? 1 : SMALLER_IS_STRONGER.contains(name) ? -1 : 0;
  }

  /** The value with its unit as a quantity, or null when it reads as none. */
  static Quantity quantity(JsonNode value, String unit) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return withUnit(value.decimalValue(), unit);
    }
    String text = value.asText().trim();
    Quantity when = time(text);
    if (when != null) {
      return when;
    }
    Matcher m = AMOUNT.matcher(text);
    if (m.matches()) {
      return withUnit(new BigDecimal(m.group(1)), m.group(2) != null ? m.group(2) : unit);
    }
    return null;
  }

  private static Quantity withUnit(BigDecimal amount, String unit) {
    if (unit == null || unit.isBlank()) {
      return new Quantity("number", amount);
    }
    String u = unit.trim().toLowerCase(Locale.ROOT);
    if (u.equals("ms") || u.startsWith("millisecond")) {
      return new Quantity("duration", amount.movePointLeft(3));
    }
    if (SECONDS.containsKey(u)) {
      return new Quantity("duration", amount.multiply(BigDecimal.valueOf(SECONDS.get(u))));
    }
    if (u.equals("%") || u.equals("percent") || u.equals("pct")) {
      return new Quantity("percent", amount);
    }
    return new Quantity("number " + u, amount);
  }

  /** Instants, times of day (UTC when no offset is given) and ISO-8601 durations. */
  private static Quantity time(String text) {
    Quantity q = attempt(text, t -> new Quantity("instant", seconds(OffsetDateTime.parse(t).toEpochSecond())));
    q = q != null ? q : attempt(text, t -> new Quantity("instant",
        seconds(LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC))));
    q = q != null ? q : attempt(text, t -> new Quantity("instant",
        seconds(LocalDate.parse(t).toEpochDay() * DAY)));
    q = q != null ? q : attempt(text, t -> {
      OffsetTime time = OffsetTime.parse(t);
      long utc = time.toLocalTime().toSecondOfDay() - time.getOffset().getTotalSeconds();
      return new Quantity("time", seconds(Math.floorMod(utc, DAY)));
    });
    q = q != null ? q : attempt(text, t -> new Quantity("time", seconds(LocalTime.parse(t).toSecondOfDay())));
    q = q != null ? q : attempt(text, t -> new Quantity("duration", seconds(Duration.parse(t).getSeconds())));
    return q != null ? q : attempt(text, t -> {
      Period p = Period.parse(t);
      return new Quantity("duration", seconds((p.getYears() * 365L + p.getMonths() * 30L + p.getDays()) * DAY));
    });
  }

  private static Quantity attempt(String text, Function<String, Quantity> parse) {
    try {
      return parse.apply(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static BigDecimal seconds(long seconds) {
    return BigDecimal.valueOf(seconds);
  }
}
