package io.quanta.dictionary.contracts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.FindingsReport;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.lint.ContractLinter;
import io.quanta.contract.lint.LintReport;
import io.quanta.dictionary.es.JsonBytes;
import java.util.List;

/**
 * A contract text as the dictionary sees it after linting: the tree (null when the text does not parse),
 * the findings, and a digest of the content that tells one version's text from another. CPU-bound: run it
 * on a worker thread.
 *
 * @param tree the parsed contract, JSON-shaped, or null for text that is not YAML/JSON or not a mapping
 * @param findings lint findings, errors first
 * @param hash SHA-256 of the canonical JSON of the tree (or of the text when it does not parse)
 */
public record Linted(ObjectNode tree, List<Finding> findings, String hash) {

  /** Findings kept per contract: enough to act on, bounded whatever a broken contract holds. */
  static final int MAX_FINDINGS = 100;

  /** Lints contract text (YAML or JSON), parsing it once; {@code source} names it in the findings. */
  public static Linted of(String source, String text) {
    ParsedDocument document;
    try {
      document = ContractCodec.parse(source, text);
    } catch (ContractSyntaxException e) {
      // The linter words the syntax finding.
      return new Linted(null, ContractLinter.create().lint(source, text).findings(), JsonBytes.sha256(text));
    }
    LintReport report = ContractLinter.create().lint(document);
    return new Linted(document.tree(), report.findings(), JsonBytes.sha256(JsonBytes.of(document.tree())));
  }

  public boolean valid() {
    return tree != null && findings.stream().noneMatch(Finding::isError);
  }

  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  /** {@code {valid, errors, warnings, findings}} with at most {@value #MAX_FINDINGS} findings. */
  public ObjectNode summary() {
    ObjectNode out = ContractCodec.jsonMapper().createObjectNode();
    out.put("valid", valid());
    out.put("errors", errors());
    out.put("warnings", warnings());
    ArrayNode list = FindingsReport.json(findings.stream().limit(MAX_FINDINGS).toList());
    out.set("findings", list);
    return out;
  }
}
