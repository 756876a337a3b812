package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one validator error into a finding code and a sentence a contract author understands. */
final class SchemaMessages {

  /** The named string shapes of the ODCS schema: what they are, and how to write one. */
  private static final Map<String, Shape> SHAPES = Map.of(
      "StableId", new Shape("id", "letters, digits, '_' and '-' only"),
      "ShorthandReference", new Shape("reference", "object.property"),
      "FullyQualifiedReference", new Shape("reference", "schema/<object id>/properties/<property id>"));

  /** A string shape: the noun for it and how one is written. */
  record Shape(String noun, String form) {
  }

  private final SchemaNavigator schema;
  private final JsonNode document;

  SchemaMessages(SchemaNavigator schema, JsonNode document) {
    this.schema = schema;
    this.document = document;
  }

  /** The violation with its code and message filled in; rendered ones come back unchanged. */
  Violation render(Violation v) {
    if (v.isRendered()) {
      return v;
    }
    String at = v.instancePath();
    String field = Words.field(at);
    JsonNode value = document.at(at);
    return switch (v.keyword()) {
      case "required" -> v.withMessage("schema-required",
          "required field '" + v.property() + "' is missing" + Words.in(at) + condition(v));
      case "additionalProperties", "unevaluatedProperties" -> v.withMessage("schema-unknown-field", unknownField(v));
      case "enum" -> v.withMessage("schema-enum",
          notOneOf(field, value, schema.at(v.schemaPointer())) + Words.around(at));
      case "const" -> v.withMessage("schema-enum", field + " must be " + Words.value(schema.at(v.schemaPointer()))
          + ", found " + Words.value(value) + Words.around(at));
      case "type" -> v.withMessage("schema-type",
          wrongType(field, value, schema.at(v.schemaPointer()), Words.around(at)));
      case "pattern" -> {
        Shape shape = shapeOf(v.schemaPointer(), schema.at(v.schemaPointer()).asText());
        yield v.withMessage("schema-pattern", field + " " + Words.value(value) + Words.around(at)
            + " is not a valid " + shape.noun() + ": write " + shape.form());
      }
      case "not" -> forbidden(v);
      case "minItems", "maxItems" -> v.withMessage("schema", field + " has " + value.size() + " item"
          + (value.size() == 1 ? "" : "s") + ", " + (v.keyword().equals("minItems") ? "at least " : "at most ")
          + schema.at(v.schemaPointer()).asText() + " allowed" + Words.around(at));
      case "uniqueItems" -> v.withMessage("schema", field + " lists the same item more than once" + Words.around(at));
      case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" -> v.withMessage("schema",
          field + " must be " + bound(v.keyword()) + " " + schema.at(v.schemaPointer()).asText() + ", found "
              + Words.value(value) + Words.around(at));
      default -> v.withMessage("schema", Words.where(at) + ": " + v.validatorMessage());
    };
  }

  /** What the location of an unknown-field violation accepts, for "allowed: …" lists and suggestions. */
  SchemaNavigator.Fields fields(Violation v) {
    JsonNode node = schema.at(parent(v.schemaPointer()));
    if (v.keyword().equals("additionalProperties")) {
      Set<String> fields = new LinkedHashSet<>();
      node.path("properties").fieldNames().forEachRemaining(fields::add);
      return new SchemaNavigator.Fields(fields, Set.of(), Set.of(), Set.of());
    }
    return schema.fields(node, document.at(v.instancePath()));
  }

  private String unknownField(Violation v) {
    SchemaNavigator.Fields fields = fields(v);
    if (fields.otherAlternatives().contains(v.property())) {
      return "field '" + v.property() + "'" + Words.in(v.instancePath()) + " is not accepted as written: it belongs"
          + " to an alternative this element does not match (check its value, and that it is not combined with a"
          + " field it excludes)";
    }
    Set<String> allowed = new LinkedHashSet<>(fields.allowed());
    allowed.addAll(fields.otherAlternatives());
    String message = "unknown field '" + v.property() + "'" + Words.in(v.instancePath());
    String suggestion = Words.closest(v.property(), allowed).map(s -> "; did you mean '" + s + "'?").orElse("");
    return message + suggestion + (allowed.isEmpty() ? "" : " (allowed: " + Words.list(allowed) + ")");
  }

  private static String notOneOf(String field, JsonNode value, JsonNode options) {
    List<String> names = new ArrayList<>();
    options.forEach(o -> names.add(o.isTextual() ? o.asText() : o.toString()));
    String suggestion = value.isTextual()
        ? Words.closest(value.asText(), names).map(s -> " (did you mean '" + s + "'?)").orElse("") : "";
    if (names.size() == 1) {
      return field + " must be '" + names.get(0) + "', found " + Words.value(value);
    }
    return field + " " + Words.value(value) + suggestion + " is not one of " + Words.list(names);
  }

  private static String wrongType(String field, JsonNode value, JsonNode expected, String in) {
    List<String> words = new ArrayList<>();
    if (expected.isArray()) {
      expected.forEach(t -> words.add(JsonTypes.word(t.asText())));
    } else {
      words.add(JsonTypes.word(expected.asText()));
    }
    String hint = expected.asText().equals("string") && (value.isNumber() || value.isBoolean())
        ? "; put it in quotes to keep it as text" : "";
    return field + " must be " + Words.either(words) + ", found " + Words.value(value) + in + hint;
  }

  private Violation forbidden(Violation v) {
    JsonNode rule = schema.at(v.schemaPointer());
    JsonNode required = rule.path("required");
    if (required.size() == 1) {
      String name = required.get(0).asText();
      return new Violation(v.keyword(), v.instancePath(), v.evaluation(), v.schemaPointer(), name, v.arguments(),
          v.instance(), "schema-unknown-field", "field '" + name + "' is not allowed" + Words.in(v.instancePath())
          + context(v), v.validatorMessage());
    }
    return v.withMessage("schema", Words.where(v.instancePath()) + " has a shape the schema rules out");
  }

  /** Why a field is forbidden, for the one place ODCS forbids one: relationships declared on a property. */
  private static String context(Violation v) {
    return v.schemaPointer().startsWith("/$defs/RelationshipPropertyLevel/")
        ? ": a relationship declared on a property starts from that property, so it only has 'to'" : "";
  }

  /** " (required when type is 'postgresql')" when the field is only required under an if/then. */
  private String condition(Violation v) {
    int then = v.evaluation().lastIndexOf("then");
    if (then < 0) {
      return "";
    }
    JsonNode condition = schema.walk(v.evaluation(), then).path("if");
    var properties = condition.path("properties").fields();
    if (condition.has("anyOf") || !properties.hasNext()) {
      return "";
    }
    var only = properties.next();
    JsonNode constant = only.getValue().path("const");
    if (properties.hasNext() || constant.isMissingNode()) {
      return "";
    }
    return " (required when " + only.getKey() + " is " + Words.value(constant) + ")";
  }

  /** The shape a failed {@code pattern} keyword stands for, by its schema definition. */
  static Shape shapeOf(String schemaPointer, String pattern) {
    for (Map.Entry<String, Shape> shape : SHAPES.entrySet()) {
      if (schemaPointer.startsWith("/$defs/" + shape.getKey() + "/")) {
        return shape.getValue();
      }
    }
    return new Shape("value", "text matching " + pattern);
  }

  private static String bound(String keyword) {
    return switch (keyword) {
      case "minimum" -> "at least";
      case "exclusiveMinimum" -> "more than";
      case "maximum" -> "at most";
      default -> "less than";
    };
  }

  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
