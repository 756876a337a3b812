package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * Evaluates the condition schemas of {@code if} and of {@code oneOf}/{@code anyOf} branches against an
 * element, well enough to tell which fields a location accepts. Not a validator: keywords it does not know
 * count as met.
 */
final class Conditions {

  private final Function<String, JsonNode> resolve;

  Conditions(Function<String, JsonNode> resolve) {
    this.resolve = resolve;
  }

  /**
   * Whether an element meets a condition schema. Covers the keywords ODCS uses in its {@code if}s
   * (properties, required, const, enum, type, the combinators); any other keyword counts as met, which
   * only ever makes the reducer treat a field as known.
   */
  boolean holds(JsonNode condition, JsonNode instance) {
    if (condition == null || condition.isMissingNode()) {
      return true;
    }
    if (condition.isBoolean()) {
      return condition.asBoolean();
    }
    var fields = condition.fields();
    while (fields.hasNext()) {
      var entry = fields.next();
      if (!keywordHolds(entry.getKey(), entry.getValue(), instance)) {
        return false;
      }
    }
    return true;
  }

  private boolean keywordHolds(String keyword, JsonNode value, JsonNode instance) {
    switch (keyword) {
      case "properties" -> {
        if (!instance.isObject()) {
          return true;
        }
        var properties = value.fields();
        while (properties.hasNext()) {
          var property = properties.next();
          if (instance.has(property.getKey()) && !holds(property.getValue(), instance.get(property.getKey()))) {
            return false;
          }
        }
        return true;
      }
      case "required" -> {
        if (!instance.isObject()) {
          return true;
        }
        for (JsonNode name : value) {
          if (!instance.has(name.asText())) {
            return false;
          }
        }
        return true;
      }
      case "const" -> {
        return value.equals(instance);
      }
      case "enum" -> {
        for (JsonNode option : value) {
          if (option.equals(instance)) {
            return true;
          }
        }
        return false;
      }
      case "type" -> {
        return JsonTypes.matches(value, instance);
      }
      case "anyOf" -> {
        for (JsonNode branch : value) {
          if (holds(branch, instance)) {
            return true;
          }
        }
        return false;
      }
      case "allOf" -> {
        for (JsonNode branch : value) {
          if (!holds(branch, instance)) {
            return false;
          }
        }
        return true;
      }
      case "oneOf" -> {
        int met = 0;
        for (JsonNode branch : value) {
          met += holds(branch, instance) ? 1 : 0;
        }
        return met == 1;
      }
      case "not" -> {
        return !holds(value, instance);
      }
      case "$ref" -> {
        return holds(resolve.apply(value.asText()), instance);
      }
      default -> {
        return true;
      }
    }
  }
}
