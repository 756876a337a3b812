package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ParsedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Primary and partition key positions that cannot be what the author meant: a position on a property that
 * is not in the key, two key properties at one position, or a composite key where some properties have a
 * position and others not. Positions below 1 mean "no position" ({@code -1} is the ODCS default); a key
 * with no positions at all is left alone, as ODCS allows it.
 */
final class KeyPositionCheck implements SemanticCheck {

  private record Key(String code, String flag, String position, String words) {
  }

  private static final List<Key> KEYS = List.of(
      new Key("primary-key", "primaryKey", "primaryKeyPosition", "primary key"),
      new Key("partition-key", "partitioned", "partitionKeyPosition", "partition key"));

  @Override
  public void check(ParsedDocument document, DocumentFindings findings) {
    for (Nodes.Item object : Nodes.items(document.tree(), "schema", "")) {
      String objectName = Nodes.name(object);
      List<Nodes.Item> properties = Nodes.items(object.node(), "properties", object.pointer());
      KEYS.forEach(key -> check(key, objectName, properties, findings));
    }
  }

  private static void check(Key key, String objectName, List<Nodes.Item> properties, DocumentFindings findings) {
    Map<Integer, String> positions = new HashMap<>();
    List<String> members = new ArrayList<>();
    List<String> unordered = new ArrayList<>();
    String firstUnordered = null;
    for (Nodes.Item property : properties) {
      JsonNode node = property.node();
      int position = Nodes.integer(node, key.position()).orElse(-1);
      boolean member = node.path(key.flag()).isBoolean() && node.path(key.flag()).asBoolean();
      if (!member && position < 1) {
        continue;
      }
      String name = Nodes.name(property);
      String pointer = property.pointer() + "/" + key.position();
      if (!member) {
        if (position >= 1) {
          findings.warning(key.code(), pointer, key.position() + " " + position + " is set on '" + name + "' in '"
              + objectName + "', but " + key.flag() + " is not true, so it is not part of the " + key.words());
        }
        continue;
      }
      members.add(name);
      if (position < 1) {
        unordered.add(name);
        firstUnordered = firstUnordered == null ? property.pointer() : firstUnordered;
        continue;
      }
      String previous = positions.putIfAbsent(position, name);
      if (previous != null) {
        findings.warning(key.code(), pointer, "'" + name + "' and '" + previous + "' both have " + key.position() + " "
            + position + " in '" + objectName + "'");
      }
    }
    if (members.size() > 1 && !unordered.isEmpty() && unordered.size() < members.size()) {
      findings.warning(key.code(), firstUnordered, "the " + key.words() + " of '" + objectName + "' has "
          + members.size() + " properties (" + Words.list(members) + ") but " + Words.either(quoted(unordered))
          + (unordered.size() == 1 ? " has" : " have") + " no " + key.position() + " while the others have one");
    }
  }

  private static List<String> quoted(List<String> names) {
    return names.stream().map(n -> "'" + n + "'").toList();
  }
}
