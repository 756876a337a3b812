package io.quanta.contract.diff;

import io.quanta.contract.model.SchemaObject;
import io.quanta.contract.model.SchemaProperty;
import java.util.List;
import java.util.Set;

/** Compares the schema: objects by name, then their properties, keys, relationships and quality rules. */
final class SchemaDiff {

  private static final Set<String> OBJECT_RULES = Set.of("name", "physicalName", "physicalType", "logicalType",
      "properties", "relationships", "quality");

  private SchemaDiff() {
  }

  static void compare(ChangeLog log, List<SchemaObject> before, List<SchemaObject> after) {
    for (Keyed.Pair<SchemaObject> pair : Keyed.match(before, after, SchemaObject::name)) {
      String path = ChangeLog.path("/schema", pair.key());
      if (pair.after() == null) {
        log.add(path, ChangeKind.OBJECT_REMOVED, pair.key(), null, "readers of " + pair.key() + " lose it");
      } else if (pair.before() == null) {
        log.add(path, ChangeKind.OBJECT_ADDED, null, pair.key(), "a new object: existing readers are unaffected");
      } else {
        object(log, path, pair.before(), pair.after());
      }
    }
  }

  private static void object(ChangeLog log, String path, SchemaObject old, SchemaObject neu) {
    Elements.physicalName(log, path, old.name(), old.physicalName(), neu.physicalName());
    Elements.logicalType(log, path, old.logicalType(), neu.logicalType());
    Elements.physicalType(log, path, old.physicalType(), neu.physicalType());
    Elements.primaryKey(log, path, old.columns(), neu.columns());
    properties(log, path, old.columns(), neu.columns());
    Elements.relationships(log, path, old.relationships(), neu.relationships());
    QualityDiff.compare(log, path, old.qualityRules(), neu.qualityRules());
    OtherFields.compare(log, path, Elements.tree(old), Elements.tree(neu), OBJECT_RULES);
  }

  /** Properties matched by name, reported under {@code <parent>/properties/<name>}. */
  static void properties(ChangeLog log, String parent, List<SchemaProperty> before, List<SchemaProperty> after) {
    for (Keyed.Pair<SchemaProperty> pair : Keyed.match(before, after, SchemaProperty::name)) {
      String path = ChangeLog.path(parent, "properties", pair.key());
      PropertyDiff.compare(log, path, pair.before(), pair.after());
    }
  }
}
