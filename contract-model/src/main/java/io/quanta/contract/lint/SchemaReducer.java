package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the validator's pile of errors for a document into one finding per mistake, root cause first:
 * <ol>
 *   <li>drops "property is not evaluated" errors for fields the location does accept, or that have an error
 *       of their own: they only echo a failure elsewhere in the same element;</li>
 *   <li>folds the errors caused by a missing field that conditions branch on ({@link MissingDiscriminators});</li>
 *   <li>keeps only the type error of an element whose type is wrong;</li>
 *   <li>reduces failed {@code oneOf}/{@code anyOf} to the closest alternative ({@link AlternativesReducer});</li>
 *   <li>folds a missing required field into the unknown field that misspells it;</li>
 *   <li>keeps one finding per element, field and cause.</li>
 * </ol>
 * If reduction ever left nothing of a non-empty error list, the raw errors are reported instead, so the
 * verdict is always the schema's.
 */
final class SchemaReducer {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaReducer.class);

  private final SchemaNavigator schema;

  SchemaReducer(SchemaNavigator schema) {
    this.schema = schema;
  }

  List<Finding> reduce(List<Error> errors, ParsedDocument document) {
    if (errors.isEmpty()) {
      return List.of();
    }
    try {
      return reduced(errors, document);
    } catch (RuntimeException e) {
      // A reducer bug must cost message quality, never the verdict or a stack trace on the user's screen.
      LOG.warn("could not reduce the schema errors of {}; reporting them as the validator words them",
          document.source(), e);
      List<Finding> findings = new ArrayList<>();
      for (Error error : errors) {
        String path = error.getInstanceLocation().toString();
        findings.add(new Finding(Severity.ERROR, "schema", document.source(), path,
            document.sourceMap().locate(path), Words.where(path) + ": " + error.getMessage()));
      }
      return findings;
    }
  }

  private List<Finding> reduced(List<Error> errors, ParsedDocument document) {
    JsonNode tree = document.tree();
    SchemaMessages messages = new SchemaMessages(schema, tree);
    List<Violation> raw = errors.stream().map(Violation::of).toList();
    List<Violation> folded = new MissingDiscriminators(schema, tree).fold(dropEchoes(raw, messages));
    List<Violation> reduced = new AlternativesReducer(schema, messages, tree).reduce(folded);
    List<Violation> rendered = reduced.stream().map(messages::render).toList();
    List<Finding> findings = findings(foldMisspellings(dropShadowedByType(rendered)), document);
    return findings.isEmpty() ? findings(raw.stream().map(messages::render).toList(), document) : findings;
  }

  /**
   * Unknown-field errors that only echo another failure of the same element: the field is accepted there
   * (a failed subschema evaluated nothing), or accepted under a condition on a field that is itself in error
   * ({@code location} when the server {@code type} is wrong or missing).
   */
  private static List<Violation> dropEchoes(List<Violation> violations, SchemaMessages messages) {
    Set<String> failing = new HashSet<>();
    for (Violation v : violations) {
      if (!isUnknownField(v)) {
        failing.add(v.keyword().equals("required") ? v.instancePath() + "/" + v.property() : v.instancePath());
      }
    }
    Map<String, SchemaNavigator.Fields> cache = new HashMap<>();
    List<Violation> kept = new ArrayList<>();
    for (Violation v : violations) {
      boolean echo = false;
      if (isUnknownField(v) && failing.contains(v.targetPath())) {
        echo = true;
      } else if (isUnknownField(v)) {
        SchemaNavigator.Fields fields = cache.computeIfAbsent(v.schemaPointer() + " @ " + v.instancePath(),
            k -> messages.fields(v));
        echo = (v.keyword().equals("unevaluatedProperties") && fields.allowed().contains(v.property()))
            || (fields.conditional().contains(v.property())
                && fields.tested().stream().anyMatch(t -> failing.contains(v.instancePath() + "/" + t)));
      }
      if (!echo) {
        kept.add(v);
      }
    }
    return kept;
  }

  private static boolean isUnknownField(Violation v) {
    return v.keyword().equals("unevaluatedProperties") || v.keyword().equals("additionalProperties");
  }

  /** A wrong type is the root cause of everything else said about that element. */
  private static List<Violation> dropShadowedByType(List<Violation> violations) {
    Set<String> mistyped = new HashSet<>();
    violations.stream().filter(v -> "schema-type".equals(v.code())).forEach(v -> mistyped.add(v.instancePath()));
    List<Violation> kept = new ArrayList<>();
    for (Violation v : violations) {
      if ("schema-type".equals(v.code()) || !mistyped.contains(v.instancePath()) || isUnknownField(v)) {
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
