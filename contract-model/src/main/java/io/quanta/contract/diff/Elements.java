package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.SchemaProperty;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Rules that objects and properties share: types, physical names, primary keys and relationships. */
final class Elements {

  private Elements() {
  }

  static JsonNode tree(Object element) {
    return ContractCodec.jsonMapper().valueToTree(element);
  }

  static void logicalType(ChangeLog log, String path, String before, String after) {
    String at = ChangeLog.path(path, "logicalType");
    if (Objects.equals(before, after)) {
      return;
    }
    if (before == null) {
      log.add(at, ChangeKind.OPTION_NARROWED, null, after, "a type is now stated: readers see fewer values");
    } else if (after == null) {
      log.add(at, ChangeKind.LOGICAL_TYPE_CHANGED, before, null,
          "the type is no longer stated: readers expecting " + before + " break");
    } else {
      log.add(at, ChangeKind.LOGICAL_TYPE_CHANGED, before, after, "readers expecting " + before + " break");
    }
  }

  static void physicalType(ChangeLog log, String path, String before, String after) {
    String at = ChangeLog.path(path, "physicalType");
    if (Objects.equals(before, after)) {
      return;
    }
    if (before == null) {
      log.add(at, ChangeKind.OPTION_NARROWED, null, after, "a physical type is now stated: tighter");
      return;
    }
    if (after == null) {
      log.add(at, ChangeKind.PHYSICAL_TYPE_CHANGED, before, null,
          "the physical type is no longer stated: readers built for " + before + " may break");
      return;
    }
    switch (PhysicalTypes.compare(before, after)) {
      case SAME -> log.add(at, ChangeKind.METADATA_CHANGED, before, after, "the same type, written differently");
      case WIDER -> log.add(at, ChangeKind.PHYSICAL_TYPE_WIDENED, before, after,
          "readers sized for " + before + " may get values that do not fit");
      case NARROWER -> log.add(at, ChangeKind.PHYSICAL_TYPE_NARROWED, before, after,
          "every value still fits a reader built for " + before);
      default -> log.add(at, ChangeKind.PHYSICAL_TYPE_CHANGED, before, after,
          "readers built for " + before + " break");
    }
  }

  /** The name readers use in queries is the physical name, or the logical one when there is none. */
  static void physicalName(ChangeLog log, String path, String name, String before, String after) {
    if (Objects.equals(before, after)) {
      return;
    }
    String was = before == null ? name : before;
    String now = after == null ? name : after;
    String at = ChangeLog.path(path, "physicalName");
    if (Objects.equals(was, now)) {
      log.add(at, ChangeKind.METADATA_CHANGED, before, after, "the same physical name, written differently");
    } else {
      log.add(at, ChangeKind.PHYSICAL_NAME_CHANGED, was, now, "readers that query " + was + " break");
    }
  }

  /** The key of a list of columns, as names in key order; reported when it changes in any way. */
  static void primaryKey(ChangeLog log, String path, List<SchemaProperty> before, List<SchemaProperty> after) {
    List<String> was = key(before);
    List<String> now = key(after);
    if (!was.equals(now)) {
      log.add(ChangeLog.path(path, "primaryKey"), ChangeKind.PRIMARY_KEY_CHANGED, show(was), show(now),
          "readers that join, deduplicate or upsert on " + show(was) + " break");
      return;
    }
    for (Keyed.Pair<SchemaProperty> pair : Keyed.match(before, after, SchemaProperty::name)) {
      SchemaProperty old = pair.before();
      SchemaProperty neu = pair.after();
      if (old != null && neu != null && !(Objects.equals(old.primaryKey(), neu.primaryKey())
          && Objects.equals(old.primaryKeyPosition(), neu.primaryKeyPosition()))) {
        log.add(ChangeLog.path(path, "properties", pair.key(), "primaryKeyPosition"), ChangeKind.METADATA_CHANGED,
            keyText(old), keyText(neu), "the key is still " + show(now) + ": written differently");
      }
    }
  }

  private static String keyText(SchemaProperty p) {
    return "primaryKey " + p.primaryKey() + ", primaryKeyPosition " + p.primaryKeyPosition();
  }

  static void relationships(ChangeLog log, String path, List<JsonNode> before, List<JsonNode> after) {
    List<JsonNode> was = before == null ? List.of() : before;
    List<JsonNode> now = after == null ? List.of() : after;
    String at = ChangeLog.path(path, "relationships");
    was.stream().filter(r -> !now.contains(r)).forEach(r -> log.add(at, ChangeKind.RELATIONSHIP_REMOVED,
        ChangeLog.show(r), null, "readers that join along it lose the guarantee"));
    now.stream().filter(r -> !was.contains(r)).forEach(r -> log.add(at, ChangeKind.RELATIONSHIP_ADDED,
        null, ChangeLog.show(r), "a new guarantee: existing joins are unaffected"));
  }

  /** Same order as {@code SchemaObject.primaryKey()}, for nested properties too. */
  private static List<String> key(List<SchemaProperty> columns) {
    return columns.stream()
        .filter(SchemaProperty::primaryKeyFlag)
        .sorted(Comparator.comparingInt(p -> p.primaryKeyPosition() == null || p.primaryKeyPosition() < 0
            ? Integer.MAX_VALUE : p.primaryKeyPosition()))
        .map(SchemaProperty::name)
        .toList();
  }

  private static String show(List<String> key) {
    return key.isEmpty() ? "(none)" : String.join(", ", key);
  }
}
