package io.quanta.contract.lint;

import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.codec.SourcePosition;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of the semantic checks on one document, placing each at its element's position. */
final class DocumentFindings {

  private final ParsedDocument document;
  private final List<Finding> findings = new ArrayList<>();

  DocumentFindings(ParsedDocument document) {
    this.document = document;
  }

  /** An empty collector for the same document, to look at findings before keeping them. */
  DocumentFindings(DocumentFindings sibling) {
    this(sibling.document);
  }

  void warning(String code, String pointer, String message) {
    add(Severity.WARNING, code, pointer, document.sourceMap().locate(pointer), message);
  }

  void error(String code, String pointer, String message) {
    add(Severity.ERROR, code, pointer, document.sourceMap().locate(pointer), message);
  }

  void add(Severity severity, String code, String pointer, SourcePosition position, String message) {
    findings.add(new Finding(severity, code, document.source(), pointer, position, message));
  }

  /** The line an element starts on, for "first declared at line 12". */
  int line(String pointer) {
    return document.sourceMap().locate(pointer).line();
  }

  List<Finding> findings() {
    return findings;
  }
}
