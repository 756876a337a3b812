package io.quanta.dictionary.api;

import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, read strictly: a parameter the endpoint does not take, a single-valued
 * one given twice, a number out of range or a value that is too long answers 400 with a stable code and a
 * sentence that says what is accepted. Echoed values are cut short.
 */
public final class Params {

  /** Longest value of any parameter, unless the endpoint says otherwise. */
  static final int MAX_LENGTH = 256;

  private final RoutingContext ctx;

  private Params(RoutingContext ctx) {
    this.ctx = ctx;
  }

  /** The parameters of the request; any name outside {@code known} is refused. */
  public static Params of(RoutingContext ctx, String... known) {
    Set<String> allowed = new TreeSet<>(List.of(known));
    for (String name : ctx.queryParams().names()) {
      if (!allowed.contains(name)) {
        throw Problem.badRequest("unknown-parameter", "'" + Negotiation.truncate(name) + "' is not a parameter of "
            + ctx.request().path() + (allowed.isEmpty() ? ", which takes none" : "; it takes " + String.join(", ", allowed)))
            .with("parameters", List.copyOf(allowed));
      }
    }
    return new Params(ctx);
  }

  /** A single value, or null; blank counts as absent. */
  public String text(String name, int maxLength) {
    List<String> values = ctx.queryParam(name);
    if (values.size() > 1) {
      throw Problem.badRequest("repeated-parameter", name + " is given " + values.size() + " times; give it once");
    }
    if (values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    String value = values.get(0).trim();
    if (value.length() > maxLength) {
      throw Problem.badRequest("parameter-too-long", name + " must be at most " + maxLength + " characters, not "
          + value.length());
    }
    return value;
  }

  /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent. */
  public int integer(String name, int min, int max, int fallback) {
    String value = text(name, 20);
    if (value == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value);
      if (n >= min && n <= max) {
        return (int) n;
      }
    } catch (NumberFormatException e) {
      // Answered below.
    }
    throw Problem.badRequest("bad-" + name, name + " must be a whole number from " + min + " to " + max + ", not '"
        + Negotiation.truncate(value) + "'");
  }

  /** {@code true} or {@code false}, or {@code fallback} when absent. */
  public boolean bool(String name, boolean fallback) {
    String value = text(name, 8);
    if (value == null) {
      return fallback;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw Problem.badRequest("bad-parameter", name + " must be true or false, not '"
          + Negotiation.truncate(value) + "'");
    };
  }

  /** One of the given words, or {@code fallback}. */
  public String choice(String name, String fallback, String... choices) {
    String value = text(name, 32);
    if (value == null) {
      return fallback;
    }
    for (String choice : choices) {
      if (choice.equalsIgnoreCase(value)) {
        return choice;
      }
    }
    throw Problem.badRequest("bad-" + name, name + " must be one of " + String.join(", ", choices) + ", not '"
        + Negotiation.truncate(value) + "'");
  }

  /** Every value of a repeatable parameter (also comma-free values only), at most {@code maxValues}, lower-cased. */
  public List<String> values(String name, int maxValues, int maxLength) {
    List<String> values = ctx.queryParam(name).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    if (values.size() > maxValues) {
      throw Problem.badRequest("too-many-values", name + " takes at most " + maxValues + " values, not " + values.size());
    }
    for (String value : values) {
      if (value.length() > maxLength) {
        throw Problem.badRequest("parameter-too-long", "each " + name + " must be at most " + maxLength
            + " characters, not " + value.length());
      }
    }
    return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().toList();
  }
}
