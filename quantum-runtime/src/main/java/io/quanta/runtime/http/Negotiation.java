package io.quanta.runtime.http;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/** Picks a representation from {@code ?format=} first, then the {@code Accept} header, then a default. */
public final class Negotiation {

  private Negotiation() {
  }

  /**
   * The chosen format name. {@code formats} lists names with their media types, first is the default:
   * {@code List.of(new Format("json", "application/json"), …)}.
   */
  public static Format choose(RoutingContext ctx, List<Format> formats) {
    String explicit = ctx.request().getParam("format");
    if (explicit != null) {
      String wanted = explicit.trim().toLowerCase(Locale.ROOT);
      return formats.stream().filter(f -> f.name().equals(wanted)).findFirst()
          .orElseThrow(() -> Problem.badRequest("bad-format", "format must be one of "
              + formats.stream().map(Format::name).toList() + ", not '" + truncate(explicit) + "'"));
    }
    String accept = ctx.request().getHeader("Accept");
    if (accept != null) {
      for (String part : accept.split(",")) {
        String type = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
        for (Format f : formats) {
          if (f.mediaTypes().contains(type)) {
            return f;
          }
        }
      }
    }
    return formats.get(0);
  }

  /** Cuts user text for echoing in an error, so a hostile parameter cannot bloat the response. */
  public static String truncate(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "…";
  }

  /** A representation: its short name and the media types that ask for it (first is what we send). */
  public record Format(String name, List<String> mediaTypes) {
    public Format(String name, String... mediaTypes) {
      this(name, List.of(mediaTypes));
    }

    public String contentType() {
      return mediaTypes.get(0);
    }
  }
}
