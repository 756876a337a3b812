package io.quanta.runtime.auth;

import io.quanta.runtime.config.ConfigException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses {@code QUANTA_TOKENS}: entries separated by {@code ;}, each {@code TOKEN=NAME[:ROLE+ROLE…][@DOMAIN]};
 * {@code TOKEN} may be {@code sha256:<64 hex digits>} to give its digest instead. Errors name the entry by
 * its position, never by its token.
 *
 * <pre>{@code QUANTA_TOKENS='dev-owner-token=alice:owner@sales;sha256:5e88…42d8=bob:analyst+auditor'}</pre>
 */
final class InlineTokens {

  private static final Pattern WORD = Pattern.compile("[^\\s:@;+=]+");
  private static final String SHA256 = "sha256:";

  private InlineTokens() {
  }

  static List<StaticToken> parse(String text) {
    List<StaticToken> out = new ArrayList<>();
    String[] entries = text.split(";");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].trim();
      if (!entry.isEmpty()) {
        out.add(entry("QUANTA_TOKENS entry " + (i + 1), entry));
      }
    }
    return out;
  }

  private static StaticToken entry(String where, String entry) {
    // The last '=' splits, so base64 padding in a token is kept; names cannot hold '='.
    int equals = entry.lastIndexOf('=');
    if (equals <= 0) {
      throw new ConfigException(where + " must look like TOKEN=NAME[:ROLE+ROLE][@DOMAIN]");
    }
    String token = entry.substring(0, equals).trim();
    String spec = entry.substring(equals + 1).trim();
    String domain = null;
    int at = spec.indexOf('@');
    if (at >= 0) {
      domain = word(where, "domain", spec.substring(at + 1));
      spec = spec.substring(0, at);
    }
    Set<String> roles = new LinkedHashSet<>();
    int colon = spec.indexOf(':');
    if (colon >= 0) {
      for (String role : spec.substring(colon + 1).split("\\+", -1)) {
        roles.add(word(where, "role", role));
      }
      spec = spec.substring(0, colon);
    }
    Principal principal = new Principal(word(where, "name", spec), roles, domain);
    if (token.startsWith(SHA256)) {
      StaticToken hashed = StaticToken.hashed(token.substring(SHA256.length()), principal);
      if (hashed == null) {
        throw new ConfigException(where + " (" + principal.name() + "): after 'sha256:' give 64 hex digits");
      }
      return hashed;
    }
    if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
      throw new ConfigException(where + " (" + principal.name() + "): the token must be non-empty, without spaces");
    }
    return StaticToken.plain(token, principal);
  }

  private static String word(String where, String what, String text) {
    String word = text.trim();
    if (!WORD.matcher(word).matches()) {
      throw new ConfigException(where + ": the " + what + " must be non-empty and free of spaces and : @ ; + =");
    }
    return word;
  }
}
