package io.quanta.runtime.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quanta.runtime.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a token file: {@code tokens:} is a list of {@code {token | sha256, name, roles, domain}}. Errors name
 * the file and the entry, never a token.
 *
 * <pre>{@code
 * tokens:
 *   - {token: "dev-owner-token-1234", name: alice, roles: [owner], domain: sales}
 *   - {sha256: 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8, name: bob, roles: [analyst]}
 * }</pre>
 */
final class TokenFile {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Set<String> KEYS = Set.of("token", "sha256", "name", "roles", "domain");

  private TokenFile() {
  }

  static List<StaticToken> read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException("the tokens file " + file + " (access.tokensFile) does not exist");
    } catch (IOException e) {
      throw new ConfigException("cannot read the tokens file " + file + ": " + e.getMessage());
    }
    return parse(file.toString(), text);
  }

  static List<StaticToken> parse(String source, String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      // The parser's message may quote the offending line, which can hold a token: give the line only.
      throw new ConfigException(source + ":" + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
          + ": not valid YAML");
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return List.of();
    }
    if (!root.isObject() || root.size() != 1 || !root.has("tokens")) {
      throw new ConfigException(source + " must be a mapping with one key, 'tokens' (a list)");
    }
    JsonNode list = root.get("tokens");
    if (list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new ConfigException(source + ": 'tokens' must be a list");
    }
    List<StaticToken> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(entry(source + ": tokens[" + i + "]", list.get(i)));
    }
    return out;
  }

  private static StaticToken entry(String where, JsonNode node) {
    if (!node.isObject()) {
      throw new ConfigException(where + " must be a mapping with token (or sha256), name, roles and domain");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw new ConfigException(where + " has an unknown key '" + name + "' (known: domain, name, roles, sha256, token)");
      }
    }
    String token = text(where, node, "token");
    String sha256 = text(where, node, "sha256");
    String name = text(where, node, "name");
    if (name == null) {
      throw new ConfigException(where + " needs a name (the principal that grants are given to)");
    }
    Principal principal = new Principal(name, roles(where, node.get("roles")), text(where, node, "domain"));
    if ((token == null) == (sha256 == null)) {
      throw new ConfigException(where + " (" + name + ") needs exactly one of 'token' or 'sha256'");
    }
    if (token != null) {
      return StaticToken.plain(token, principal);
    }
    StaticToken hashed = StaticToken.hashed(sha256, principal);
    if (hashed == null) {
      throw new ConfigException(where + " (" + name + "): sha256 must be 64 hex digits (sha256sum of the token)");
    }
    return hashed;
  }

  private static String text(String where, JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new ConfigException(where + "." + key + " must be a single value");
    }
    String text = value.asText().trim();
    return text.isEmpty() ? null : text;
  }

  private static Set<String> roles(String where, JsonNode value) {
    Set<String> roles = new LinkedHashSet<>();
    if (value == null || value.isNull()) {
      return roles;
    }
    if (value.isValueNode()) {
      roles.add(value.asText().trim());
      return roles;
    }
    if (!value.isArray()) {
      throw new ConfigException(where + ".roles must be a list of role names");
    }
    for (JsonNode role : value) {
      if (!role.isValueNode() || role.asText().isBlank()) {
        throw new ConfigException(where + ".roles must be a list of role names");
      }
      roles.add(role.asText().trim());
    }
    return roles;
  }
}
