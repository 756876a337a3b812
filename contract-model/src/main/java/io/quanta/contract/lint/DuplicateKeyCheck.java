package io.quanta.contract.lint;

import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.codec.SourcePosition;
import io.quanta.contract.finding.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys written twice in one mapping. YAML forbids them; common parsers keep the last value silently, so
 * the first one is lost without anyone noticing.
 */
final class DuplicateKeyCheck implements SemanticCheck {

  /** The codec reports each duplicate as {@code <pointer> (line <n>)}. */
  private static final Pattern ENTRY = Pattern.compile("(.*) \\(line (\\d+)\\)");

  @Override
  public void check(ParsedDocument document, DocumentFindings findings) {
    for (String entry : document.duplicateKeys()) {
      Matcher m = ENTRY.matcher(entry);
      String pointer = m.matches() ? m.group(1) : entry;
      SourcePosition first = document.sourceMap().locate(pointer);
      SourcePosition position = m.matches() ? new SourcePosition(Integer.parseInt(m.group(2)), first.column())
          : first;
      findings.add(Severity.WARNING, "duplicate-key", pointer, position, "field '" + Words.field(pointer)
          + "' appears twice" + Words.in(SchemaMessages.parent(pointer)) + " (first at line " + first.line()
          + "); the last value wins and the first is ignored");
    }
  }
}
