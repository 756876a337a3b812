package io.quanta.contract.lint;

import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.ExtendsReference;
import java.util.List;

/**
 * The parent reference in {@code customProperties: [{property: extends, value: "<id>[@<version>]"}]}. A
 * malformed one is an error: inheritance could not resolve the contract. Only contracts that use
 * {@code extends} can meet it. A missing value is left to the schema check, which requires one.
 */
final class ExtendsCheck implements SemanticCheck {

  @Override
  public void check(ParsedDocument document, DocumentFindings findings) {
    List<Nodes.Item> entries = Nodes.items(document.tree(), "customProperties", "").stream()
        .filter(item -> Nodes.text(item.node(), "property").filter(DataContract.EXTENDS::equals).isPresent())
        .toList();
    for (int i = 0; i < entries.size(); i++) {
      Nodes.Item entry = entries.get(i);
      String pointer = entry.pointer() + "/value";
      if (i > 0) {
        findings.error("invalid-extends", entry.pointer() + "/property", "a contract extends one parent, but '"
            + DataContract.EXTENDS + "' is declared again (first at line " + findings.line(entries.get(0).pointer())
            + ")");
        continue;
      }
      var value = entry.node().path("value");
      if (value.isMissingNode()) {
        continue;
      }
      if (!value.isTextual()) {
        findings.error("invalid-extends", pointer,
            "the extends value must be text '<parent id>' or '<parent id>@<version>', found " + Words.value(value));
        continue;
      }
      ExtendsReference.Parsed parsed = ExtendsReference.parse(value.asText());
      if (parsed.reference().isEmpty()) {
        findings.error("invalid-extends", pointer, "invalid extends " + Words.quote(value.asText()) + ": "
            + parsed.problem());
      }
    }
  }
}
