package io.quanta.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A model element that carries the fields it does not model, so that nothing is lost on write. */
public interface Extensible {

  /** Fields of the source document that the record has no component for, in source order. */
  Map<String, JsonNode> extra();

  /** A mutable, order-keeping map for Jackson's any-setter, whatever the caller passed. */
  static Map<String, JsonNode> orEmpty(Map<String, JsonNode> extra) {
    return extra == null ? new LinkedHashMap<>() : extra;
  }
}
