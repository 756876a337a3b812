package io.quanta.cli.validate;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.inherit.FolderContractSource;
import io.quanta.contract.lint.ContractLinter;
import io.quanta.contract.lint.LintReport;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.QuantumConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lints the quantum's contract against the ODCS v3.1.0 schema and the semantic checks, as
 * {@code quanta contract lint} does; the quantum refuses to start on the same errors.
 */
final class ContractCheck {

  static final String NAME = "contract";

  /** The check's result and, when the contract could be read, its file, source name, document and model. */
  record Outcome(CheckResult result, Path file, String source, ParsedDocument document, DataContract contract) {
  }

  private ContractCheck() {
  }

  static Outcome run(QuantumFolder folder, QuantumConfig config) {
    Path file = config != null ? config.contractFile() : onlyContract(folder.absolute());
    if (file == null) {
      return new Outcome(CheckResult.skipped(NAME, "no contract to lint: quantum.yaml does not load and the folder"
          + " has no single *.odcs.yaml"), null, null, null, null);
    }
    String source = folder.name(file);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      Finding unreadable = new Finding(Severity.ERROR, "unreadable", source, "", null, "cannot read the contract: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return new Outcome(CheckResult.ran(NAME, "cannot be read", List.of(unreadable)), file, source, null, null);
    }
    LintReport report = ContractLinter.create().lint(source, text);
    ParsedDocument document = null;
    try {
      document = ContractCodec.parse(source, text);
    } catch (ContractSyntaxException e) {
      // The lint report has it as a yaml-syntax finding.
    }
    DataContract contract = report.hasErrors() ? null : report.contract().orElse(null);
    String summary = contract == null ? source + " is not a valid ODCS contract; the quantum would refuse to start"
        : contract.id() + " " + contract.version() + " (" + file.getFileName() + ") is valid ODCS "
            + contract.apiVersion();
    return new Outcome(CheckResult.ran(NAME, summary, report.findings()), file, source, document, contract);
  }

  /** The folder's one contract file when quantum.yaml cannot say which it is; null when there is not exactly one. */
  private static Path onlyContract(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> contracts = files.filter(FolderContractSource::isContractFile).toList();
      return contracts.size() == 1 ? contracts.get(0) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
