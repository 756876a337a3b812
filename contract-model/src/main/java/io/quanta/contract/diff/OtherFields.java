package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Compares the fields of an element that no specific rule looks at. They do not change the data or
 * its guarantees, so each difference needs a patch bump: documentation fields by name, anything else
 * (status, domain, unmodelled fields…) as metadata.
 */
final class OtherFields {

  private static final Set<String> DOCUMENTATION = Set.of("description", "businessName", "tags", "examples",
      "authoritativeDefinitions", "support", "team", "customProperties", "dataGranularityDescription",
      "businessImpact", "name", "purpose", "limitations", "usage");

  private OtherFields() {
  }

  /** Adds one patch-level change for each field, outside {@code handled}, that differs. */
  static void compare(ChangeLog log, String path, JsonNode before, JsonNode after, Set<String> handled) {
    Set<String> fields = new LinkedHashSet<>();
    before.fieldNames().forEachRemaining(fields::add);
    after.fieldNames().forEachRemaining(fields::add);
    for (String field : fields) {
      if (handled.contains(field)) {
        continue;
      }
      JsonNode old = before.path(field);
      JsonNode neu = after.path(field);
      if (!same(old, neu)) {
        boolean documentation = DOCUMENTATION.contains(field);
        log.add(ChangeLog.path(path, field),
            documentation ? ChangeKind.DOCUMENTATION_CHANGED : ChangeKind.METADATA_CHANGED,
            ChangeLog.show(old), ChangeLog.show(neu),
            documentation ? "documentation only: the data and its guarantees are unchanged"
                : "does not change the data or its guarantees");
      }
    }
  }

  /** Equal, counting an explicit null as absent. */
  static boolean same(JsonNode a, JsonNode b) {
    return normal(a).equals(normal(b));
  }

  private static JsonNode normal(JsonNode node) {
    return node == null || node.isNull() ? MissingNode.getInstance() : node;
  }
}
