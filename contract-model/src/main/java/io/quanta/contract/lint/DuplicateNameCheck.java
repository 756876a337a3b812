package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ParsedDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two schema objects with one name, or two properties with one name in the same object. */
final class DuplicateNameCheck implements SemanticCheck {

  @Override
  public void check(ParsedDocument document, DocumentFindings findings) {
    List<Nodes.Item> objects = Nodes.items(document.tree(), "schema", "");
    duplicates(objects, findings, (name, first) -> "object '" + name + "' is declared twice (first at line "
        + first + ")", "duplicate-object");
    for (Nodes.Item object : objects) {
      properties(object.node(), object.pointer(), Nodes.name(object), findings);
    }
  }

  private void properties(JsonNode parent, String parentPointer, String owner, DocumentFindings findings) {
    List<Nodes.Item> properties = Nodes.items(parent, "properties", parentPointer);
    duplicates(properties, findings, (name, first) -> "property '" + name + "' is declared twice in '" + owner
        + "' (first at line " + first + ")", "duplicate-property");
    for (Nodes.Item property : properties) {
      JsonNode items = property.node().path("items");
      if (property.node().has("properties") || items.isObject()) {
        String nested = owner + "." + Nodes.name(property);
        properties(property.node(), property.pointer(), nested, findings);
        if (items.isObject()) {
          properties(items, property.pointer() + "/items", nested + "[]", findings);
        }
      }
    }
  }

  /** The sentence for one duplicate, given its name and the line of the first declaration. */
  private interface Message {
    String of(String name, int firstLine);
  }

  private static void duplicates(List<Nodes.Item> elements, DocumentFindings findings, Message message, String code) {
    Map<String, Nodes.Item> seen = new HashMap<>();
    for (Nodes.Item element : elements) {
      Nodes.text(element.node(), "name").ifPresent(name -> {
        Nodes.Item first = seen.putIfAbsent(name, element);
        if (first != null) {
          findings.warning(code, element.pointer() + "/name",
              message.of(name, findings.line(first.pointer() + "/name")));
        }
      });
    }
  }
}
