package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON Schema type names for document elements, and the words findings use for them. */
final class JsonTypes {

  private JsonTypes() {
  }

  /** Whether an element has the schema {@code type} (a name or a list of names). */
  static boolean matches(JsonNode type, JsonNode instance) {
    if (type.isArray()) {
      for (JsonNode each : type) {
        if (matches(each.asText(), instance)) {
          return true;
        }
      }
      return false;
    }
    return matches(type.asText(), instance);
  }

  static boolean matches(String type, JsonNode instance) {
    return switch (type) {
      case "string" -> instance.isTextual();
      case "number" -> instance.isNumber();
      case "integer" -> instance.isIntegralNumber()
          || (instance.isNumber() && instance.decimalValue().stripTrailingZeros().scale() <= 0);
      case "boolean" -> instance.isBoolean();
      case "object" -> instance.isObject();
      case "array" -> instance.isArray();
      case "null" -> instance.isNull();
      default -> true;
    };
  }

  /** The schema type name of an element. */
  static String of(JsonNode instance) {
    if (instance == null || instance.isMissingNode() || instance.isNull()) {
      return "null";
    }
    if (instance.isTextual()) {
      return "string";
    }
    if (instance.isIntegralNumber()) {
      return "integer";
    }
    if (instance.isNumber()) {
      return "number";
    }
    if (instance.isBoolean()) {
      return "boolean";
    }
    return instance.isArray() ? "array" : "object";
  }

  /** A schema type in the words a YAML author uses. */
  static String word(String type) {
    return switch (type) {
      case "string" -> "text";
      case "number" -> "a number";
      case "integer" -> "a whole number";
      case "boolean" -> "a boolean (true/false)";
      case "object" -> "a mapping of fields";
      case "array" -> "a list";
      case "null" -> "empty (null)";
      default -> type;
    };
  }
}
