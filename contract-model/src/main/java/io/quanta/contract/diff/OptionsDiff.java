package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares {@code logicalTypeOptions}. A looser constraint lets through values a reader was not built for,
 * so it breaks; a tighter one only narrows what readers see. Enum values are the exception both ways, see
 * {@link Vocabulary}.
 */
final class OptionsDiff {

  private static final Set<String> UPPER = Set.of("maxLength", "maxItems", "maxProperties");
  private static final Set<String> LOWER = Set.of("minLength", "minItems", "minProperties");
  private static final Set<String> HANDLED = Set.of("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum",
      "enum", "required", "uniqueItems");

  private OptionsDiff() {
  }

  static void compare(ChangeLog log, String path, Map<String, JsonNode> before, Map<String, JsonNode> after) {
    Map<String, JsonNode> old = before == null ? Map.of() : before;
    Map<String, JsonNode> neu = after == null ? Map.of() : after;
    String options = ChangeLog.path(path, "logicalTypeOptions");
    Bound.compare(log, options, Bound.lower(old), Bound.lower(neu));
    Bound.compare(log, options, Bound.upper(old), Bound.upper(neu));
    Vocabulary.compare(log, ChangeLog.path(options, "enum"), old.get("enum"), neu.get("enum"), "allowed value");
    names(log, ChangeLog.path(options, "required"), old.get("required"), neu.get("required"));
    flag(log, ChangeLog.path(options, "uniqueItems"), old.get("uniqueItems"), neu.get("uniqueItems"));
    Set<String> keys = new LinkedHashSet<>(old.keySet());
    keys.addAll(neu.keySet());
    for (String key : keys) {
      if (!HANDLED.contains(key)) {
        other(log, ChangeLog.path(options, key), key, old.get(key), neu.get(key));
      }
    }
  }

  private static void other(ChangeLog log, String path, String key, JsonNode old, JsonNode neu) {
    if (OtherFields.same(old, neu)) {
      return;
    }
    String was = ChangeLog.show(old);
    String now = ChangeLog.show(neu);
    if (was == null) {
      log.add(path, ChangeKind.OPTION_NARROWED, null, now,
          "a new constraint: readers see fewer values, never new ones");
      return;
    }
    if (now == null) {
      log.add(path, ChangeKind.OPTION_WIDENED, was, null, "the constraint is gone: readers may get values it excluded");
      return;
    }
    Integer order = Ordered.compare(neu, old);
    boolean upper = UPPER.contains(key);
    if (order != null && order == 0) {
      log.add(path, ChangeKind.METADATA_CHANGED, was, now, "the same limit, written differently");
    } else if (order == null || !(upper || LOWER.contains(key))) {
      log.add(path, ChangeKind.OPTION_CHANGED, was, now,
          "readers built for " + key + " " + was + " may not handle values under " + now);
    } else if ((order > 0) == upper) {
      log.add(path, ChangeKind.OPTION_WIDENED, was, now, "readers built for " + key + " " + was
          + " may get values outside it");
    } else {
      log.add(path, ChangeKind.OPTION_NARROWED, was, now, "tighter: readers see fewer values, never new ones");
    }
  }

  private static void names(ChangeLog log, String path, JsonNode old, JsonNode neu) {
    List<String> was = texts(old);
    List<String> now = texts(neu);
    for (String name : was) {
      if (!now.contains(name)) {
        log.add(path, ChangeKind.OPTION_WIDENED, name, null,
            "'" + name + "' is no longer required: readers may find it missing");
      }
    }
    for (String name : now) {
      if (!was.contains(name)) {
        log.add(path, ChangeKind.OPTION_NARROWED, null, name, "'" + name + "' is now required: tighter");
      }
    }
  }

  private static void flag(ChangeLog log, String path, JsonNode old, JsonNode neu) {
    boolean was = old != null && old.asBoolean(false);
    boolean now = neu != null && neu.asBoolean(false);
    if (was && !now) {
      log.add(path, ChangeKind.OPTION_WIDENED, "true", "false", "items may now repeat: readers may get duplicates");
    } else if (!was && now) {
      log.add(path, ChangeKind.OPTION_NARROWED, "false", "true", "items are now unique: tighter");
    }
  }

  static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    if (list != null && list.isArray()) {
      list.forEach(v -> out.add(v.isNull() ? "null" : v.asText()));
    }
    return out;
  }
}
