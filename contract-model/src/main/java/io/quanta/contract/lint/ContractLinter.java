package io.quanta.contract.lint;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lints ODCS contracts: the official v3.1.0 JSON Schema (violations are errors, so a contract has errors
 * exactly when the schema rejects it), plus semantic checks the schema cannot express (warnings, except a
 * malformed {@code extends} reference). Thread-safe; {@link #create()} returns one shared instance.
 *
 * <pre>{@code
 * LintReport report = ContractLinter.create().lint(Path.of("orders.odcs.yaml"));
 * if (report.hasErrors()) { ... }
 * }</pre>
 */
public final class ContractLinter {

  private static final Logger LOG = LoggerFactory.getLogger(ContractLinter.class);

  private final OdcsSchema schema;
  private final SchemaReducer reducer;
  private final List<SemanticCheck> checks;

  private ContractLinter(OdcsSchema schema) {
    SchemaNavigator navigator = new SchemaNavigator(schema.document());
    this.schema = schema;
    this.reducer = new SchemaReducer(navigator);
    this.checks = List.of(new DuplicateKeyCheck(), new DuplicateNameCheck(), new ReferenceCheck(),
        new KeyPositionCheck(), new FormatCheck(navigator), new ExtendsCheck());
  }

  /** The shared linter; the schema is compiled on first use and never again. */
  public static ContractLinter create() {
    return Holder.INSTANCE;
  }

  /** Reads and lints a file. A file that cannot be read is an {@link IOException}, not a finding. */
  public LintReport lint(Path file) throws IOException {
    return lint(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Lints contract text in YAML or JSON; {@code source} names it in the findings. */
  public LintReport lint(String source, String text) {
    try {
      return lint(ContractCodec.parse(source, text));
    } catch (ContractSyntaxException e) {
      Finding syntax = new Finding(Severity.ERROR, "yaml-syntax", source, "", e.position(),
          SyntaxMessages.clean(e.getMessage()));
      return new LintReport(source, List.of(syntax), Optional.empty());
    }
  }

  /** Lints a document that is already parsed. */
  public LintReport lint(ParsedDocument document) {
    List<Finding> findings = new ArrayList<>(validateSchema(document));
    DocumentFindings semantic = new DocumentFindings(document);
    for (SemanticCheck check : checks) {
      try {
        check.check(document, semantic);
      } catch (RuntimeException e) {
        // Checks tolerate any shape by design; should one still fail, only its warnings are lost.
        LOG.warn("the {} check failed on {}", check.getClass().getSimpleName(), document.source(), e);
      }
    }
    findings.addAll(semantic.findings());
    return LintReport.of(document, findings);
  }

  /** Only the schema check, reduced to one finding per mistake: errors exactly when the schema rejects the tree. */
  public List<Finding> validateSchema(ParsedDocument document) {
    return reducer.reduce(schema.validate(document.tree()), document);
  }

  /** Lazy holder: the linter (and the schema) is built on first use, once. */
  private static final class Holder {
    private static final ContractLinter INSTANCE = new ContractLinter(OdcsSchema.get());
  }
}
