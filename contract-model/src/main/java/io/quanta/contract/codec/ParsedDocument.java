package io.quanta.contract.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A contract document as read: its tree, where each element sits in the source, and the keys that
 * appeared twice in one mapping (YAML forbids it; the last value wins, as in every common parser).
 */
public record ParsedDocument(String source, ObjectNode tree, SourceMap sourceMap, List<String> duplicateKeys) {

  public ParsedDocument {
    duplicateKeys = List.copyOf(duplicateKeys);
  }
}
