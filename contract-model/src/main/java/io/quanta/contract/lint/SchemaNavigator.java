package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the schema document the way the reducer needs: follows an evaluation path to the schema node it
 * ended at, and works out which fields a schema location accepts for a given element.
 */
final class SchemaNavigator {

  private final JsonNode root;
  private final Conditions conditions;

  SchemaNavigator(JsonNode root) {
    this.root = root;
    this.conditions = new Conditions(this::resolve);
  }

  /** The node a local {@code $ref} such as {@code #/$defs/Team} points at. */
  JsonNode resolve(String ref) {
    if (ref == null || !ref.startsWith("#")) {
      return MissingNode.getInstance();
    }
    return root.at(ref.substring(1));
  }

  /** The node at a JSON Pointer into the schema document. */
  JsonNode at(String pointer) {
    return root.at(pointer);
  }

  /** The schema node reached after the first {@code length} steps of an evaluation path. */
  JsonNode walk(List<Object> evaluation, int length) {
    JsonNode node = root;
    for (int i = 0; i < length && !node.isMissingNode(); i++) {
      Object step = evaluation.get(i);
      if ("$ref".equals(step)) {
        node = resolve(node.path("$ref").asText(null));
      } else if (step instanceof Integer index) {
        node = node.path(index);
      } else {
        node = node.path(String.valueOf(step));
      }
    }
    return node;
  }

  /** The last segment of a node's {@code $ref}, which in ODCS is a readable name such as {@code Team}. */
  static String refName(JsonNode node) {
    String ref = node.path("$ref").asText("");
    int slash = ref.lastIndexOf('/');
    return ref.isEmpty() ? null : ref.substring(slash + 1);
  }

  /**
   * The fields a schema accepts on this element: its {@code properties}, those of every schema it
   * combines with ({@code oneOf}/{@code anyOf} alternatives only when the element meets them), and those
   * of each {@code then} whose {@code if} the element meets.
   */
  Fields fields(JsonNode schema, JsonNode instance) {
    Walk walk = new Walk(instance);
    walk.collect(schema, instance, walk.allowed);
    Walk everything = new Walk(null);
    everything.collect(schema, null, everything.allowed);
    Set<String> conditional = new LinkedHashSet<>(everything.allowed);
    conditional.removeAll(walk.allowed);
    conditional.removeAll(walk.otherAlternatives);
    walk.otherAlternatives.removeAll(walk.allowed);
    return new Fields(walk.allowed, walk.otherAlternatives, conditional, everything.tested);
  }

  /**
   * What a schema location makes of an element's fields.
   *
   * @param allowed accepted on this element
   * @param otherAlternatives accepted only by a oneOf/anyOf alternative the element does not match
   * @param conditional accepted only under an if-condition the element does not meet ({@code location} on
   *     a Kafka server)
   * @param tested the fields the if-conditions look at ({@code type})
   */
  record Fields(Set<String> allowed, Set<String> otherAlternatives, Set<String> conditional, Set<String> tested) {
  }

  /** One collection pass; with no instance, every branch counts and the if-fields are noted. */
  private final class Walk {
    final Set<String> allowed = new LinkedHashSet<>();
    final Set<String> otherAlternatives = new LinkedHashSet<>();
    final Set<String> tested = new LinkedHashSet<>();
    private final Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final JsonNode instance;

    Walk(JsonNode instance) {
      this.instance = instance;
    }

    void collect(JsonNode schema, JsonNode element, Set<String> into) {
      if (schema == null || !schema.isObject() || !seen.add(schema)) {
        return;
      }
      schema.path("properties").fieldNames().forEachRemaining(into::add);
      if (schema.has("$ref")) {
        collect(resolve(schema.get("$ref").asText()), element, into);
      }
      schema.path("allOf").forEach(branch -> collect(branch, element, into));
      for (String combinator : List.of("anyOf", "oneOf")) {
        schema.path(combinator).forEach(branch ->
            collect(branch, element, element == null || holds(branch, element) ? into : otherAlternatives));
      }
      if (schema.has("if")) {
        if (instance == null) {
          schema.get("if").path("properties").fieldNames().forEachRemaining(tested::add);
          schema.get("if").path("required").forEach(name -> tested.add(name.asText()));
          schema.get("if").path("anyOf").forEach(branch -> {
            branch.path("properties").fieldNames().forEachRemaining(tested::add);
            branch.path("required").forEach(name -> tested.add(name.asText()));
          });
          collect(schema.get("then"), null, into);
          collect(schema.get("else"), null, into);
        } else {
          collect(holds(schema.get("if"), element) ? schema.get("then") : schema.get("else"), element, into);
        }
      }
    }
  }

  /** Whether an element meets a condition schema (see {@link Conditions}). */
  boolean holds(JsonNode condition, JsonNode instance) {
    return conditions.holds(condition, instance);
  }
}
