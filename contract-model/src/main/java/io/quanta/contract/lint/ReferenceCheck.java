package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ParsedDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of objects and properties that the contract does not declare: properties listed in an object-level
 * quality rule's {@code arguments.properties}, relationship ends, SLA {@code element}s and
 * {@code logicalTypeOptions.required}. A relationship's {@code to} may point into another contract, so it is
 * only checked when it names an object of this one; {@code transformSourceObjects} name upstream sources and
 * are never checked.
 */
final class ReferenceCheck implements SemanticCheck {

  @Override
  public void check(ParsedDocument document, DocumentFindings findings) {
    JsonNode contract = document.tree();
    LocalObjects objects = new LocalObjects(contract);
    for (Nodes.Item object : Nodes.items(contract, "schema", "")) {
      String name = Nodes.name(object);
      for (Nodes.Item rule : Nodes.items(object.node(), "quality", object.pointer())) {
        for (Nodes.Item ref : Nodes.texts(rule.node().path("arguments"), "properties", rule.pointer() + "/arguments")) {
          String property = ref.node().asText();
          if (LocalObjects.property(object.node(), property).isEmpty()) {
            findings.warning("unknown-reference", ref.pointer(), "quality rule" + ruleLabel(rule.node())
                + " names property '" + property + "', which object '" + name + "' does not have"
                + suggestion(property, LocalObjects.propertyNames(object.node())));
          }
        }
      }
      for (Nodes.Item relationship : Nodes.items(object.node(), "relationships", object.pointer())) {
        Nodes.texts(relationship.node(), "from", relationship.pointer())
            .forEach(ref -> reference("relationship from", ref, true, objects, findings));
        Nodes.texts(relationship.node(), "to", relationship.pointer())
            .forEach(ref -> reference("relationship to", ref, false, objects, findings));
      }
      properties(object.node(), object.pointer(), objects, findings);
    }
    if (!objects.objectNames().isEmpty()) {
      slaElements(contract, objects, findings);
    }
  }

  /** Each distinct SLA element once, at its first use: a wrong element is usually copied to every SLA. */
  private void slaElements(JsonNode contract, LocalObjects objects, DocumentFindings findings) {
    Map<String, List<String>> uses = new LinkedHashMap<>();
    Nodes.text(contract, "slaDefaultElement").ifPresent(value -> uses(value, "/slaDefaultElement", uses));
    for (Nodes.Item sla : Nodes.items(contract, "slaProperties", "")) {
      Nodes.text(sla.node(), "element").ifPresent(value -> uses(value, sla.pointer() + "/element", uses));
    }
    uses.forEach((element, pointers) -> {
      DocumentFindings one = new DocumentFindings(findings);
      reference("SLA element", element, pointers.get(0), true, objects, one);
      int more = pointers.size() - 1;
      one.findings().forEach(f -> findings.warning(f.code(), f.path(), more == 0 ? f.message()
          : f.message() + " (" + more + " more SLA propert" + (more == 1 ? "y names" : "ies name") + " it too)"));
    });
  }

  private static void uses(String value, String pointer, Map<String, List<String>> uses) {
    Arrays.stream(value.split(",")).map(String::trim).filter(element -> !element.isEmpty())
        .forEach(element -> uses.computeIfAbsent(element, k -> new ArrayList<>()).add(pointer));
  }

  private void properties(JsonNode owner, String pointer, LocalObjects objects, DocumentFindings findings) {
    for (Nodes.Item property : Nodes.items(owner, "properties", pointer)) {
      for (Nodes.Item relationship : Nodes.items(property.node(), "relationships", property.pointer())) {
        Nodes.texts(relationship.node(), "to", relationship.pointer())
            .forEach(ref -> reference("relationship to", ref, false, objects, findings));
      }
      JsonNode options = property.node().path("logicalTypeOptions");
      if (property.node().path("properties").isArray()) {
        for (Nodes.Item required : Nodes.texts(options, "required", property.pointer() + "/logicalTypeOptions")) {
          String field = required.node().asText();
          if (LocalObjects.property(property.node(), field).isEmpty()) {
            findings.warning("unknown-reference", required.pointer(), "logicalTypeOptions.required names '" + field
                + "', which is not one of the nested properties of '"
                + Nodes.name(property) + "'"
                + suggestion(field, LocalObjects.propertyNames(property.node())));
          }
        }
      }
      properties(property.node(), property.pointer(), objects, findings);
      if (property.node().path("items").isObject()) {
        properties(property.node().path("items"), property.pointer() + "/items", objects, findings);
      }
    }
  }

  private void reference(String what, Nodes.Item ref, boolean local, LocalObjects objects, DocumentFindings findings) {
    reference(what, ref.node().asText(), ref.pointer(), local, objects, findings);
  }

  /** Checks one reference, shorthand ({@code object.property}) or path ({@code schema/<id>/properties/<id>}). */
  private void reference(String what, String ref, String pointer, boolean local, LocalObjects objects,
      DocumentFindings findings) {
    if (ref.contains("#")) {
      return;
    }
    List<String> steps;
    if (ref.contains("/")) {
      String[] parts = ref.replaceFirst("^/", "").split("/");
      if (parts.length < 2 || parts.length % 2 != 0 || !parts[0].equals("schema")) {
        return;
      }
      steps = new ArrayList<>();
      for (int i = 1; i < parts.length; i += 2) {
        if (i > 1 && !parts[i - 1].equals("properties")) {
          return;
        }
        steps.add(parts[i]);
      }
    } else {
      steps = List.of(ref.split("\\."));
    }
    Optional<JsonNode> object = objects.object(steps.get(0));
    if (object.isEmpty()) {
      if (local) {
        findings.warning("unknown-reference", pointer, what + " '" + ref + "' names object '" + steps.get(0)
            + "', which this contract does not declare (objects: " + Words.list(objects.objectNames()) + ")"
            + suggestion(steps.get(0), objects.objectNames()));
      }
      return;
    }
    List<String> path = steps.subList(1, steps.size());
    if (!path.isEmpty() && LocalObjects.propertyPath(object.get(), path).isEmpty()) {
      String objectName = Nodes.text(object.get(), "name").orElse(steps.get(0));
      findings.warning("unknown-reference", pointer, what + " '" + ref + "' names property '"
          + String.join(".", path) + "', which object '" + objectName + "' does not have"
          + suggestion(path.get(path.size() - 1), LocalObjects.propertyNames(object.get())));
    }
  }

  private static String ruleLabel(JsonNode rule) {
    return Nodes.text(rule, "name").or(() -> Nodes.text(rule, "id")).or(() -> Nodes.text(rule, "metric"))
        .map(label -> " '" + label + "'").orElse("");
  }

  private static String suggestion(String name, List<String> candidates) {
    return Words.closest(name, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }
}
