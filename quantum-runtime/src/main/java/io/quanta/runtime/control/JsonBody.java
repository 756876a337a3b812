package io.quanta.runtime.control;

import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON body of a control request, checked strictly: JSON only (415), an object (400 {@code bad-json}),
 * no unknown fields (400 {@code unknown-field}), and typed reads that name the field that is missing or wrong
 * (400 {@code missing-field} / {@code bad-field}). An empty body reads as {@code {}}.
 */
final class JsonBody {

  private final JsonObject json;

  private JsonBody(JsonObject json) {
    this.json = json;
  }

  static JsonBody of(RoutingContext ctx, Set<String> fields) {
    Buffer body = ctx.body().buffer();
    if (body == null || body.length() == 0) {
      return new JsonBody(new JsonObject());
    }
    String type = ctx.request().getHeader("Content-Type");
    String media = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json") && !media.endsWith("+json")) {
      throw new Problem(415, "unsupported-media-type", "Unsupported media type",
          "Send the body as JSON with 'Content-Type: application/json'.");
    }
    Object parsed;
    try {
      parsed = body.toJsonValue();
    } catch (DecodeException e) {
      throw Problem.badRequest("bad-json", "The body is not valid JSON.");
    }
    if (!(parsed instanceof JsonObject object)) {
      throw Problem.badRequest("bad-json", "The body must be a JSON object.");
    }
    for (String name : object.fieldNames()) {
      if (!fields.contains(name)) {
        throw Problem.badRequest("unknown-field", "Unknown field '" + Negotiation.truncate(name)
            + "'; this endpoint takes " + new TreeSet<>(fields) + ".").with("field", Negotiation.truncate(name));
      }
    }
    return new JsonBody(object);
  }

  /** A text field, trimmed; null when absent or JSON null. */
  String text(String field, int maxLength, boolean required) {
    Object value = json.getValue(field);
    if (value == null) {
      if (required) {
        throw missing(field);
      }
      return null;
    }
    if (!(value instanceof String text)) {
      throw bad(field, "must be a string");
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      if (required) {
        throw missing(field);
      }
      return null;
    }
    if (trimmed.length() > maxLength) {
      throw bad(field, "must be at most " + maxLength + " characters");
    }
    if (trimmed.chars().anyMatch(Character::isISOControl)) {
      throw bad(field, "must not contain control characters");
    }
    return trimmed;
  }

  /** An ISO-8601 instant ({@code 2030-01-31T00:00:00Z}, an offset, or a bare date meaning its start in UTC). */
  Instant instant(String field) {
    String text = text(field, 64, false);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notDateTime) {
      try {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notDate) {
        throw bad(field, "must be an ISO-8601 date-time such as 2030-01-31T00:00:00Z");
      }
    }
  }

  /** An instant that must lie in the future (an expiry, a sunset) and fit a DATETIME column. */
  Instant futureInstant(String field) {
    Instant value = instant(field);
    if (value != null && !value.isAfter(Instant.now())) {
      throw bad(field, "must be in the future");
    }
    if (value != null && value.isAfter(Instant.parse("9999-12-31T00:00:00Z"))) {
      throw bad(field, "must be before the year 10000");
    }
    return value;
  }

  static Problem missing(String field) {
    return Problem.badRequest("missing-field", "The field '" + field + "' is required.").with("field", field);
  }

  static Problem bad(String field, String why) {
    return Problem.badRequest("bad-field", "The field '" + field + "' " + why + ".").with("field", field);
  }
}
