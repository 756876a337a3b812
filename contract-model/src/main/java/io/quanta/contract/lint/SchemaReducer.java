package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the validator's pile of errors for a document into one finding per mistake, root cause first:
 * <ol>
 *   <li>drops "property is not evaluated" errors for fields the location does accept: they only echo a
 *       failure elsewhere in the same element;</li>
 *   <li>reduces failed {@code oneOf}/{@code anyOf} to the closest alternative ({@link AlternativesReducer});</li>
 *   <li>folds a missing required field into the unknown field that misspells it;</li>
 *   <li>keeps one finding per element, field and cause.</li>
 * </ol>
 * If reduction ever left nothing of a non-empty error list, the raw errors are reported instead, so the
 * verdict is always the schema's.
 */
final class SchemaReducer {

  private final SchemaNavigator schema;

  SchemaReducer(SchemaNavigator schema) {
    this.schema = schema;
  }

  List<Finding> reduce(List<Error> errors, ParsedDocument document) {
    if (errors.isEmpty()) {
      return List.of();
    }
    JsonNode tree = document.tree();
    SchemaMessages messages = new SchemaMessages(schema, tree);
    List<Violation> raw = errors.stream().map(Violation::of).toList();
    List<Violation> reduced = new AlternativesReducer(schema, messages, tree).reduce(dropEchoes(raw, messages));
    List<Finding> findings = findings(foldMisspellings(reduced.stream().map(messages::render).toList()), document);
    return findings.isEmpty() ? findings(raw.stream().map(messages::render).toList(), document) : findings;
  }

  private static List<Violation> dropEchoes(List<Violation> violations, SchemaMessages messages) {
    Map<String, Set<String>> allowed = new HashMap<>();
    List<Violation> kept = new ArrayList<>();
    for (Violation v : violations) {
      boolean echo = v.keyword().equals("unevaluatedProperties") && allowed
          .computeIfAbsent(v.schemaPointer() + " @ " + v.instancePath(), k -> messages.allowedFields(v))
          .contains(v.property());
      if (!echo) {
        kept.add(v);
      }
    }
    return kept;
  }

  /** A required field that an unknown field at the same place misspells is one mistake, not two. */
  private static List<Violation> foldMisspellings(List<Violation> violations) {
    List<Violation> kept = new ArrayList<>();
    for (Violation v : violations) {
      boolean misspelt = "schema-required".equals(v.code()) && violations.stream().anyMatch(u ->
          "schema-unknown-field".equals(u.code()) && u.instancePath().equals(v.instancePath())
              && !u.keyword().equals("not") && Words.closest(u.property(), v.fieldNames()).isPresent());
      if (!misspelt) {
        kept.add(v);
      }
    }
    return kept;
  }

  private static List<Finding> findings(List<Violation> violations, ParsedDocument document) {
    Map<String, Finding> unique = new LinkedHashMap<>();
    for (Violation v : violations) {
      String path = v.targetPath();
      String key = v.code() + " " + path + " " + v.fieldNames();
      unique.putIfAbsent(key, new Finding(Severity.ERROR, v.code(), document.source(), path,
          document.sourceMap().locate(path), v.message()));
    }
    return List.copyOf(unique.values());
  }
}
