package io.quanta.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed, strict access to one mapping of {@code quantum.yaml}: every read names the key's full path
 * in its error, unknown keys are refused (a typo must not silently fall back to a default), and
 * {@code ${VAR}} / {@code ${VAR:-default}} in text values are filled from the environment.
 */
final class YamlSection {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

  private final String path;
  private final JsonNode node;
  private final Function<String, String> env;

  YamlSection(String path, JsonNode node, Function<String, String> env) {
    this.path = path;
    this.node = node == null ? MissingNode.getInstance() : node;
    this.env = env;
    if (!this.node.isMissingNode() && !this.node.isNull() && !this.node.isObject()) {
      throw new ConfigException(where() + " must be a mapping of keys");
    }
  }

  void allowOnly(Set<String> keys) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!keys.contains(name)) {
        throw new ConfigException("unknown key '" + qualified(name) + "' in quantum.yaml (known keys here: "
            + String.join(", ", keys.stream().sorted().toList()) + ")");
      }
    }
  }

  YamlSection section(String key) {
    return new YamlSection(qualified(key), node.get(key), env);
  }

  boolean has(String key) {
    JsonNode value = node.get(key);
    return value != null && !value.isNull();
  }

  String text(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new ConfigException(qualified(key) + " must be a single value, not a list or a mapping");
    }
    String text = interpolate(value.asText(), qualified(key));
    return text.isBlank() ? null : text;
  }

  Integer integer(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(qualified(key) + " must be a whole number, not '" + text + "'");
    }
  }

  Boolean bool(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new ConfigException(qualified(key) + " must be true or false, not '" + text + "'");
    };
  }

  List<String> texts(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw new ConfigException(qualified(key) + " must be a list");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isValueNode()) {
        throw new ConfigException(qualified(key) + "[" + i + "] must be a single value");
      }
      out.add(interpolate(item.asText(), qualified(key) + "[" + i + "]"));
    }
    return out;
  }

  List<YamlSection> sections(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new ConfigException(qualified(key) + " must be a list");
    }
    List<YamlSection> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      out.add(new YamlSection(qualified(key) + "[" + i + "]", value.get(i), env));
    }
    return out;
  }

  /** The keys of a mapping whose keys are names chosen by the user and whose values are single values. */
  List<String> keys() {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The entries of a mapping whose keys are names chosen by the user (e.g. object names). */
  Map<String, YamlSection> entries() {
    Map<String, YamlSection> out = new java.util.LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), new YamlSection(qualified(e.getKey()), e.getValue(), env)));
    return out;
  }

  String qualified(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** This section's own path ({@code pipeline.sources[0].file}), for messages. */
  String path() {
    return where();
  }

  private String where() {
    return path.isEmpty() ? "quantum.yaml" : path;
  }

  private String interpolate(String text, String key) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = env.apply(m.group(1));
      if (value == null) {
        value = m.group(2);
      }
      if (value == null) {
        throw new ConfigException(key + " uses ${" + m.group(1) + "}, but that environment variable is not set");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
