package io.quanta.dictionary.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * A quantum saying where it is: its base URL, and its id when it gives one. {@code seed} marks URLs from
 * the dictionary's own settings.
 */
public record Announcement(String url, String id, boolean seed) {

  /** The ids quanta may have (as quantum.yaml requires). */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  /** Reads and checks a request body: {@code {"url": …, "id": …}}. */
  public static Announcement parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw Problem.badRequest("bad-announcement", "send a JSON object: {\"url\": \"http://host:port\", \"id\": \"…\"}");
    }
    JsonNode url = body.path("url");
    if (!url.isTextual() || url.asText().isBlank()) {
      throw Problem.badRequest("bad-announcement", "the announcement needs a 'url': the quantum's base URL");
    }
    JsonNode id = body.path("id");
    if (!id.isMissingNode() && !id.isNull() && !(id.isTextual() && ID.matcher(id.asText()).matches())) {
      throw Problem.badRequest("bad-announcement", "id must be lower-case letters, digits and dashes (at most 63), not '"
          + Negotiation.truncate(id.asText()) + "'");
    }
    return new Announcement(checkUrl(url.asText()), id.isTextual() ? id.asText() : null, false);
  }

  /** The URL without trailing slashes, if it is an absolute http(s) URL without query or fragment. */
  public static String checkUrl(String text) {
    String url = text.trim().replaceAll("/+$", "");
    try {
      URI uri = new URI(url);
      if (url.length() <= 2048 && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // Answered below.
    }
    throw Problem.badRequest("bad-announcement", "url must be an absolute http(s) URL without query, not '"
        + Negotiation.truncate(text) + "'");
  }

  ObjectNode toJson() {
    ObjectNode out = Es.JSON.createObjectNode().put("url", url).put("seed", seed);
    if (id != null) {
      out.put("id", id);
    }
    return out;
  }

  static Announcement fromJson(JsonNode json) {
    return new Announcement(json.path("url").asText(), json.path("id").isTextual() ? json.path("id").asText() : null,
        json.path("seed").asBoolean(false));
  }
}
