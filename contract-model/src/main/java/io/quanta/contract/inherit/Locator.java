package io.quanta.contract.inherit;

import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.codec.SourceMap;
import io.quanta.contract.codec.SourcePosition;
import io.quanta.contract.finding.Severity;

/** Where a contract's text lives, so that a problem in it points at a file, a line and a column. */
record Locator(String source, SourceMap sourceMap) {

  static Locator of(ContractRef ref, ParsedDocument document) {
    return document == null ? new Locator(ref.toString(), null) : new Locator(document.source(), document.sourceMap());
  }

  /** An error at this pointer whose message will be followed by the chain. */
  Problem error(String code, String pointer, String message) {
    return new Problem(Severity.ERROR, code, source, pointer, position(pointer), message, true);
  }

  SourcePosition position(String pointer) {
    return sourceMap == null ? null : sourceMap.locate(pointer);
  }
}
