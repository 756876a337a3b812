package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractCodec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code params} mapping of a policy, read with the shapes checks expect and messages that say what to write. */
public final class CheckParams {

  private final ObjectNode node;

  private CheckParams(ObjectNode node) {
    this.node = node;
  }

  /** No parameters. */
  public static CheckParams empty() {
    return new CheckParams(JsonNodeFactory.instance.objectNode());
  }

  /** Reads a {@code params} value: a mapping, or nothing at all. */
  public static CheckParams of(JsonNode params) throws InvalidParamException {
    if (params == null || params.isNull() || params.isMissingNode()) {
      return empty();
    }
    if (!params.isObject()) {
      throw new InvalidParamException(null, "params must be a mapping of parameter names to values");
    }
    return new CheckParams(params.deepCopy());
  }

  /** Builds parameters from plain values, for code that configures checks without a policy file. */
  public static CheckParams of(Map<String, ?> values) {
    return new CheckParams(ContractCodec.jsonMapper().valueToTree(values));
  }

  /** True when the parameter is written. */
  public boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /** A list of names (a single name counts as a list of one); empty when absent; never an empty list. */
  public List<String> names(String name) throws InvalidParamException {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    if (value.isValueNode()) {
      names.add(scalar(name, value));
    } else if (value.isArray()) {
      for (JsonNode item : value) {
        names.add(scalar(name, item));
      }
    } else {
      throw new InvalidParamException(name, name + " must be a list of names, like [a, b]");
    }
    if (names.isEmpty()) {
      throw new InvalidParamException(name, name + " must not be an empty list; leave it out instead");
    }
    return List.copyOf(names);
  }

  /** Like {@link #names(String)} but the parameter must be written. */
  public List<String> requiredNames(String name) throws InvalidParamException {
    if (!has(name)) {
      throw new InvalidParamException(null, "the parameter '" + name + "' is required");
    }
    return names(name);
  }

  /** Names lower-cased, for values compared without regard to case. */
  public List<String> lowerCaseNames(String name) throws InvalidParamException {
    return names(name).stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
  }

  /** A single text value, if written. */
  public Optional<String> text(String name) throws InvalidParamException {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(scalar(name, value));
  }

  /** Fails when the mapping holds a parameter the check does not take. */
  void rejectOthers(String check, List<String> accepted) throws InvalidParamException {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!accepted.contains(field)) {
        throw new InvalidParamException(field, "the check " + check + " has no parameter '" + field + "'"
            + (accepted.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", accepted)));
      }
    }
  }

  /** A list of names as a JSON array, for {@link PolicyRule#params()}. */
  public static ArrayNode array(List<String> names) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    names.forEach(array::add);
    return array;
  }

  /** {@code {name: [names…]}} for {@link PolicyRule#params()}, or {@code {}} when there are none. */
  public static ObjectNode listed(String name, List<String> names) {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    if (!names.isEmpty()) {
      params.set(name, array(names));
    }
    return params;
  }

  /** An immutable copy of a rule's list, which must hold at least one name. */
  static List<String> atLeastOne(String check, List<String> names, String what) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException(check + " needs at least one " + what);
    }
    return List.copyOf(names);
  }

  /** Names accepted by a rule as a sentence fragment: "a, b or c". */
  public static String either(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    List<String> head = new ArrayList<>(names.subList(0, names.size() - 1));
    return String.join(", ", head) + " or " + names.get(names.size() - 1);
  }

  private static String scalar(String name, JsonNode value) throws InvalidParamException {
    if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
      throw new InvalidParamException(name, name + " must hold names (text), not " + describe(value));
    }
    return value.asText().trim();
  }

  private static String describe(JsonNode value) {
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a nested list";
    }
    return value.isNull() ? "nothing" : "blank text";
  }
}
