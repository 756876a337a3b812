package io.quanta.contract.lint;

import io.quanta.contract.codec.ParsedDocument;

/**
 * A check the JSON Schema cannot express. Checks read the raw tree and skip any element whose shape is
 * not what they expect: the schema check already reports wrong shapes.
 */
interface SemanticCheck {

  void check(ParsedDocument document, DocumentFindings findings);
}
