package io.quanta.dictionary.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields (columns) of a contract as the index holds them, one entry per property at any depth
 * ({@code object.property.child}, array items included through their property): name, description,
 * logical and physical type, classification, tags, flags, quality rules (its own and the object rules that
 * name it), the SLA properties whose element is the field, and {@code inheritedFrom} when an effective
 * contract marks it as inherited. Reads JSON trees, so it works on any contract that parses.
 */
public final class ContractFields {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final int MAX_FIELDS = 2_000;

  private ContractFields() {
  }

  /** Every field of the contract tree, in document order, at most {@value #MAX_FIELDS}. */
  public static ArrayNode of(JsonNode contract) {
    ArrayNode out = NODES.arrayNode();
    List<JsonNode> slas = new ArrayList<>();
    contract.path("slaProperties").forEach(slas::add);
    String defaultElement = text(contract.path("slaDefaultElement"));
    for (JsonNode object : contract.path("schema")) {
      String objectName = text(object.path("name"));
      if (objectName == null) {
        continue;
      }
      for (JsonNode property : object.path("properties")) {
        add(out, objectName, objectName, property, object, slas, defaultElement);
      }
    }
    return out;
  }

  private static void add(ArrayNode out, String objectName, String parentPath, JsonNode property, JsonNode object,
      List<JsonNode> slas, String defaultElement) {
    String name = text(property.path("name"));
    if (name == null || out.size() >= MAX_FIELDS) {
      return;
    }
    String path = parentPath + "." + name;
    ObjectNode field = out.addObject();
    field.put("object", objectName);
    field.put("name", name);
    field.put("path", path);
    putText(field, "businessName", property.path("businessName"));
    putText(field, "description", property.path("description"));
    putText(field, "logicalType", property.path("logicalType"));
    putText(field, "physicalType", property.path("physicalType"));
    String classification = text(property.path("classification"));
    if (classification != null) {
      field.put("classification", classification.toLowerCase(Locale.ROOT));
    }
    ArrayNode tags = field.putArray("tags");
    property.path("tags").forEach(t -> {
      if (t.isValueNode() && !t.asText().isBlank()) {
        tags.add(t.asText().toLowerCase(Locale.ROOT));
      }
    });
    field.put("required", property.path("required").asBoolean(false));
    field.put("primaryKey", property.path("primaryKey").asBoolean(false));
    field.put("unique", property.path("unique").asBoolean(false));
    field.put("criticalDataElement", property.path("criticalDataElement").asBoolean(false));
    field.put("pii", personal(property));
    String inheritedFrom = custom(property, "inheritedFrom");
    field.put("inherited", inheritedFrom != null);
    if (inheritedFrom != null) {
      field.put("inheritedFrom", inheritedFrom);
    }
    String overrides = custom(property, "overrides");
    if (overrides != null) {
      field.put("overrides", overrides);
    }
    ArrayNode quality = field.putArray("quality");
    property.path("quality").forEach(rule -> quality.add(rule(rule)));
    for (JsonNode rule : object.path("quality")) {
      for (JsonNode named : rule.path("arguments").path("properties")) {
        if (name.equals(named.asText()) && parentPath.equals(objectName)) {
          quality.add(rule(rule));
        }
      }
    }
    ArrayNode sla = field.putArray("sla");
    for (JsonNode term : slas) {
      String element = text(term.path("element"));
      if (appliesTo(element != null ? element : defaultElement, path)) {
        ObjectNode entry = sla.addObject();
        putText(entry, "property", term.path("property"));
        entry.put("value", term.path("value").isValueNode() ? term.path("value").asText() : term.path("value").toString());
        putText(entry, "unit", term.path("unit"));
      }
    }
    for (JsonNode child : property.path("properties")) {
      add(out, objectName, path, child, object, slas, defaultElement);
    }
    JsonNode items = property.path("items");
    for (JsonNode child : items.path("properties")) {
      add(out, objectName, path, child, object, slas, defaultElement);
    }
  }

  private static ObjectNode rule(JsonNode rule) {
    ObjectNode out = NODES.objectNode();
    putText(out, "id", rule.has("id") ? rule.path("id") : rule.path("name"));
    String metric = text(rule.path("metric"));
    out.put("metric", metric != null ? metric : text(rule.path("rule")) != null ? text(rule.path("rule"))
        : text(rule.path("type")));
    putText(out, "dimension", rule.path("dimension"));
    putText(out, "severity", rule.path("severity"));
    out.put("rule", Thresholds.describe(rule));
    return out;
  }

  /** {@code orders.updated_at}, or a comma-separated list of such elements, naming this field. */
  private static boolean appliesTo(String element, String path) {
    if (element == null) {
      return false;
    }
    for (String one : element.split(",")) {
      if (one.trim().equalsIgnoreCase(path)) {
        return true;
      }
    }
    return false;
  }

  private static boolean personal(JsonNode property) {
    for (JsonNode tag : property.path("tags")) {
      if ("pii".equalsIgnoreCase(tag.asText())) {
        return true;
      }
    }
    String pii = custom(property, "pii");
    return pii != null && pii.equalsIgnoreCase("true");
  }

  /** The value of a custom property of an element, as text. */
  static String custom(JsonNode element, String property) {
    for (JsonNode custom : element.path("customProperties")) {
      if (property.equals(custom.path("property").asText())) {
        JsonNode value = custom.path("value");
        return value.isMissingNode() || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
      }
    }
    return null;
  }

  /** Trimmed text of a value node; null for anything else or blank text. */
  public static String text(JsonNode node) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      return null;
    }
    String text = node.asText().trim();
    return text.isEmpty() ? null : text;
  }

  private static void putText(ObjectNode out, String key, JsonNode value) {
    String text = text(value);
    if (text != null) {
      out.put(key, text);
    }
  }
}
