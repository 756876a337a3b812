package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;

/**
 * One schema violation on its way to becoming a finding: either a validator error in a form the reducer
 * can reason about, or a summary the reducer wrote in place of several errors ({@code code} and
 * {@code message} set).
 *
 * @param keyword the failing keyword ({@code required}, {@code type}…), or {@code summary}
 * @param instancePath JSON Pointer of the element the keyword failed on
 * @param evaluation the evaluation path: keywords, property names and indexes, through every {@code $ref}
 * @param schemaPointer JSON Pointer of the failing keyword inside the schema document
 * @param property the property a {@code required} or unknown-field error names, or null
 * @param arguments the validator's message arguments
 * @param instance the failing element
 * @param code the finding code of a summary, else null
 * @param message the finding message once rendered, else null
 * @param validatorMessage the validator's own wording, the last resort for keywords without our own
 */
record Violation(String keyword, String instancePath, List<Object> evaluation, String schemaPointer,
    String property, Object[] arguments, JsonNode instance, String code, String message,
    String validatorMessage) {

  static final String SUMMARY = "summary";

  static Violation of(Error error) {
    NodePath path = error.getEvaluationPath();
    List<Object> evaluation = new ArrayList<>(path.getNameCount());
    for (int i = 0; i < path.getNameCount(); i++) {
      evaluation.add(path.getElement(i));
    }
    String fragment = error.getSchemaLocation().getFragment().toString();
    return new Violation(error.getKeyword(), error.getInstanceLocation().toString(), List.copyOf(evaluation),
        fragment, error.getProperty(), error.getArguments() == null ? new Object[0] : error.getArguments(),
        error.getInstanceNode(), null, null, error.getMessage());
  }

  /** A violation the reducer wrote in place of several; {@code options} are the field names it is about. */
  static Violation summary(String code, String instancePath, List<Object> evaluation, List<String> options,
      String message) {
    return new Violation(SUMMARY, instancePath, evaluation, "", null, options.toArray(), null, code, message,
        message);
  }

  boolean isRendered() {
    return message != null;
  }

  /** How deep in the document the violation sits; deeper usually means closer to the real mistake. */
  int depth() {
    return instancePath.isEmpty() ? 0 : instancePath.split("/", -1).length - 1;
  }

  /** The same violation with its message replaced, for summaries that add context. */
  Violation withMessage(String code, String message) {
    return new Violation(keyword, instancePath, evaluation, schemaPointer, property, arguments, instance, code,
        message, validatorMessage);
  }

  /** The field names a required-field violation is about: its property, or a summary's options. */
  List<String> fieldNames() {
    if (property != null) {
      return List.of(property);
    }
    List<String> names = new ArrayList<>();
    for (Object argument : arguments) {
      names.add(String.valueOf(argument));
    }
    return isRendered() && SUMMARY.equals(keyword) ? names : List.of();
  }

  /** The pointer of the field an unknown or forbidden field violation names, else the instance path. */
  String targetPath() {
    if (property != null && !keyword.equals("required")) {
      return instancePath + "/" + io.quanta.contract.codec.SourceMap.escape(property);
    }
    return instancePath;
  }
}
