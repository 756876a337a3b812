package io.quanta.dictionary.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quanta.runtime.config.ConfigException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict, typed reads of one mapping of the dictionary's YAML file: unknown keys are refused (a typo must not
 * fall back to a default silently) and every error names the key's full path.
 */
final class Settings {

  private final String path;
  private final JsonNode node;

  Settings(String path, JsonNode node) {
    this.path = path;
    this.node = node == null || node.isNull() ? MissingNode.getInstance() : node;
    if (!this.node.isMissingNode() && !this.node.isObject()) {
      throw new ConfigException((path.isEmpty() ? "the settings file" : path) + " must be a mapping of keys");
    }
  }

  void allowOnly(String... keys) {
    Set<String> known = new TreeSet<>(List.of(keys));
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new ConfigException("unknown key '" + qualified(name) + "' (known keys here: " + String.join(", ", known)
            + ")");
      }
    }
  }

  Settings section(String key) {
    return new Settings(qualified(key), node.get(key));
  }

  String text(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new ConfigException(qualified(key) + " must be a single value, not a list or a mapping");
    }
    String text = value.asText().trim();
    return text.isEmpty() ? null : text;
  }

  Integer integer(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ConfigException(qualified(key) + " must be a whole number, not '" + text + "'");
    }
  }

  Boolean bool(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new ConfigException(qualified(key) + " must be true or false, not '" + text + "'");
    };
  }

  /** A list of texts; a single value counts as a list of one. */
  List<String> texts(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isValueNode()) {
      return List.of(value.asText().trim());
    }
    if (!value.isArray()) {
      throw new ConfigException(qualified(key) + " must be a list");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isValueNode() || value.get(i).asText().isBlank()) {
        throw new ConfigException(qualified(key) + "[" + i + "] must be a non-empty single value");
      }
      out.add(value.get(i).asText().trim());
    }
    return out;
  }

  String qualified(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
