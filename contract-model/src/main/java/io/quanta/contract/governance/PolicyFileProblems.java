package io.quanta.contract.governance;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.SourceMap;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The findings about one policy file as it is read, placed at the lines of the elements they are about. */
final class PolicyFileProblems {

  /** Malformed YAML. */
  static final String SYNTAX = "policy-syntax";
  /** A field missing, unknown or of the wrong shape. */
  static final String FORMAT = "policy-format";
  /** A check name no registered check has. */
  static final String UNKNOWN_CHECK = "policy-unknown-check";
  /** Parameters the check rejects. */
  static final String PARAMS = "policy-params";
  /** Two policies with one id. */
  static final String DUPLICATE = "policy-duplicate-id";

  private final String source;
  private final SourceMap sourceMap;
  private final List<Finding> findings = new ArrayList<>();

  PolicyFileProblems(String source, SourceMap sourceMap) {
    this.source = source;
    this.sourceMap = sourceMap;
  }

  void error(String code, String pointer, String message) {
    findings.add(new Finding(Severity.ERROR, code, source, pointer, sourceMap.locate(pointer), message));
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  int count() {
    return findings.size();
  }

  String source() {
    return source;
  }

  PolicyOrigin origin(String pointer) {
    return new PolicyOrigin(source, sourceMap.locate(pointer));
  }

  /** Reports every field of a mapping that is not one of {@code known}. */
  void rejectUnknown(JsonNode mapping, String pointer, String what, List<String> known) {
    for (Iterator<String> it = mapping.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!known.contains(field)) {
        error(FORMAT, pointer + "/" + SourceMap.escape(field), "unknown field '" + field + "' in " + what
            + "; expected " + String.join(", ", known));
      }
    }
  }

  /** The text of a field; reports it when it is required and missing, or not text. */
  String text(JsonNode mapping, String field, String pointer, boolean required) {
    JsonNode value = mapping.get(field);
    String at = pointer + "/" + field;
    if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
      if (required) {
        error(FORMAT, value == null ? pointer : at, field + " is missing" + (pointer.isEmpty() ? "" : " in "
            + pointer));
      }
      return null;
    }
    if (!value.isValueNode()) {
      error(FORMAT, at, field + " must be text, not " + (value.isArray() ? "a list" : "a mapping"));
      return null;
    }
    return value.asText().trim();
  }
}
