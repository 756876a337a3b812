package io.quanta.contract.diff;

import io.quanta.contract.model.SchemaProperty;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares one property (a column, a nested field or an array's items) from the point of view of a
 * consumer that reads it: anything that can make a reader's query, parser or assumptions fail breaks.
 */
final class PropertyDiff {

  private static final Set<String> RULES = Set.of("name", "logicalType", "logicalTypeOptions", "physicalType",
      "physicalName", "primaryKey", "primaryKeyPosition", "required", "unique", "partitioned",
      "partitionKeyPosition", "classification", "encryptedName", "items", "properties", "relationships",
      "quality");
  private static final Map<String, Integer> CLASSES = Map.of("public", 0, "internal", 1, "confidential", 2,
      "restricted", 3);

  private PropertyDiff() {
  }

  /** Compares two versions of a property; either may be null (added or removed). */
  static void compare(ChangeLog log, String path, SchemaProperty old, SchemaProperty neu) {
    if (neu == null) {
      log.add(path, ChangeKind.PROPERTY_REMOVED, old.name(), null, "readers that select it break");
      return;
    }
    if (old == null) {
      log.add(path, ChangeKind.PROPERTY_ADDED, null, neu.name(), neu.requiredFlag()
          ? "a new required property: only writers must fill it, readers that do not select it are unaffected"
          : "a new property: readers that do not select it are unaffected");
      return;
    }
    Elements.physicalName(log, path, old.name(), old.physicalName(), neu.physicalName());
    Elements.logicalType(log, path, old.logicalType(), neu.logicalType());
    Elements.physicalType(log, path, old.physicalType(), neu.physicalType());
    OptionsDiff.compare(log, path, old.logicalTypeOptions(), neu.logicalTypeOptions());
    flags(log, path, old, neu);
    classification(log, ChangeLog.path(path, "classification"), old.classification(), neu.classification());
    encryptedName(log, ChangeLog.path(path, "encryptedName"), old.encryptedName(), neu.encryptedName());
    items(log, path, old.items(), neu.items());
    Elements.primaryKey(log, path, old.children(), neu.children());
    SchemaDiff.properties(log, path, old.children(), neu.children());
    Elements.relationships(log, path, old.relationships(), neu.relationships());
    QualityDiff.compare(log, path, old.qualityRules(), neu.qualityRules());
    OtherFields.compare(log, path, Elements.tree(old), Elements.tree(neu), RULES);
  }

  private static void flags(ChangeLog log, String path, SchemaProperty old, SchemaProperty neu) {
    defaults(log, path, "required", old.required(), neu.required());
    defaults(log, path, "unique", old.unique(), neu.unique());
    if (old.requiredFlag() && !neu.requiredFlag()) {
      log.add(ChangeLog.path(path, "required"), ChangeKind.MADE_OPTIONAL, "true", "false",
          "readers that rely on a value being present get nulls");
    } else if (!old.requiredFlag() && neu.requiredFlag()) {
      log.add(ChangeLog.path(path, "required"), ChangeKind.MADE_REQUIRED, "false", "true",
          "tighter: readers no longer get nulls");
    }
    if (old.uniqueFlag() && !neu.uniqueFlag()) {
      log.add(ChangeLog.path(path, "unique"), ChangeKind.UNIQUE_DROPPED, "true", "false",
          "readers that rely on one row per value get duplicates");
    } else if (!old.uniqueFlag() && neu.uniqueFlag()) {
      log.add(ChangeLog.path(path, "unique"), ChangeKind.UNIQUE_ADDED, "false", "true",
          "tighter: readers no longer get duplicates");
    }
    String was = partitioning(old);
    String now = partitioning(neu);
    if (!was.equals(now)) {
      log.add(ChangeLog.path(path, "partitioned"), ChangeKind.PARTITIONING_CHANGED, was, now,
          "changes how the data is laid out, not what readers get");
    } else if (!Objects.equals(old.partitioned(), neu.partitioned())
        || !Objects.equals(old.partitionKeyPosition(), neu.partitionKeyPosition())) {
      log.add(ChangeLog.path(path, "partitionKeyPosition"), ChangeKind.METADATA_CHANGED,
          old.partitioned() + ", " + old.partitionKeyPosition(), neu.partitioned() + ", " + neu.partitionKeyPosition(),
          "still " + now + ": written differently");
    }
  }

  /** An explicit {@code false} and an absent flag mean the same; saying so is a patch. */
  private static void defaults(ChangeLog log, String path, String field, Boolean before, Boolean after) {
    if (!Objects.equals(before, after) && Boolean.TRUE.equals(before) == Boolean.TRUE.equals(after)) {
      log.add(ChangeLog.path(path, field), ChangeKind.METADATA_CHANGED, String.valueOf(before),
          String.valueOf(after), "the same default, written differently");
    }
  }

  private static String partitioning(SchemaProperty p) {
    if (!Boolean.TRUE.equals(p.partitioned())) {
      return "not partitioned";
    }
    Integer position = p.partitionKeyPosition();
    return position == null || position < 0 ? "partitioned" : "partition key " + position;
  }

  /** Ordered public < internal < confidential < restricted; a missing class is below public. */
  private static void classification(ChangeLog log, String path, String before, String after) {
    if (Objects.equals(before, after)) {
      return;
    }
    if (before != null && before.equalsIgnoreCase(after)) {
      log.add(path, ChangeKind.METADATA_CHANGED, before, after, "the same class, written differently");
      return;
    }
    Integer was = before == null ? Integer.valueOf(-1) : CLASSES.get(before.toLowerCase(Locale.ROOT));
    Integer now = after == null ? Integer.valueOf(-1) : CLASSES.get(after.toLowerCase(Locale.ROOT));
    String wasText = before == null ? "(none)" : before;
    String nowText = after == null ? "(none)" : after;
    if (was == null || now == null) {
      log.add(path, ChangeKind.CLASSIFICATION_CHANGED, before, after, "cannot tell whether " + nowText
          + " is lower than " + wasText + " (known: public < internal < confidential < restricted)");
    } else if (now < was) {
      log.add(path, ChangeKind.CLASSIFICATION_LOWERED, before, after,
          "consumers that protect it as " + wasText + " would under-protect it; declassifying is a major release");
    } else {
      log.add(path, ChangeKind.CLASSIFICATION_RAISED, before, after, "stricter handling: tighter");
    }
  }

  private static void encryptedName(ChangeLog log, String path, String before, String after) {
    if (Objects.equals(before, after)) {
      return;
    }
    if (before == null) {
      log.add(path, ChangeKind.PROPERTY_ADDED, null, after, "a new encrypted column: existing readers are unaffected");
    } else {
      log.add(path, ChangeKind.PHYSICAL_NAME_CHANGED, before, after, "readers of the encrypted column "
          + before + " break");
    }
  }

  private static void items(ChangeLog log, String path, SchemaProperty old, SchemaProperty neu) {
    if (old != null || neu != null) {
      String at = ChangeLog.path(path, "items");
      if (old == null) {
        log.add(at, ChangeKind.OPTION_NARROWED, null, "items", "the items are now described: tighter");
      } else if (neu == null) {
        log.add(at, ChangeKind.PROPERTY_REMOVED, "items", null, "readers relying on the item shape break");
      } else {
        compare(log, at, old, neu);
      }
    }
  }
}
