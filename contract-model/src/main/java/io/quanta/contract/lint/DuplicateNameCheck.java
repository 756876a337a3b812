package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ParsedDocument;
import java.util.HashMap;
import java.util.Map;

/** Two schema objects with one name, or two properties with one name in the same object. */
final class DuplicateNameCheck implements SemanticCheck {

  @Override
  public void check(ParsedDocument document, DocumentFindings findings) {
    Map<String, String> objects = new HashMap<>();
    for (Nodes.Item object : Nodes.items(document.tree(), "schema", "")) {
      String pointer = object.pointer() + "/name";
      Nodes.text(object.node(), "name").ifPresent(name -> {
        String first = objects.putIfAbsent(name, pointer);
        if (first != null) {
          findings.warning("duplicate-object", pointer, "object '" + name + "' is declared twice (first at line "
              + findings.line(first) + ")");
        }
      });
      properties(object.node(), object.pointer(), Nodes.text(object.node(), "name").orElse(Words.where(object.pointer())),
          findings);
    }
  }

  private void properties(JsonNode parent, String parentPointer, String owner, DocumentFindings findings) {
    Map<String, String> names = new HashMap<>();
    for (Nodes.Item property : Nodes.items(parent, "properties", parentPointer)) {
      String pointer = property.pointer() + "/name";
      String name = Nodes.text(property.node(), "name").orElse(null);
      if (name != null) {
        String first = names.putIfAbsent(name, pointer);
        if (first != null) {
          findings.warning("duplicate-property", pointer, "property '" + name + "' is declared twice in '" + owner
              + "' (first at line " + findings.line(first) + ")");
        }
      }
      String nested = owner + "." + (name == null ? Words.where(property.pointer()) : name);
      properties(property.node(), property.pointer(), nested, findings);
      JsonNode items = property.node().path("items");
      if (items.isObject()) {
        properties(items, property.pointer() + "/items", nested + "[]", findings);
      }
    }
  }
}
