package io.quanta.runtime.discovery;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.FindingsReport;
import io.quanta.contract.inherit.ContractSource;
import io.quanta.contract.inherit.FolderContractSource;
import io.quanta.contract.inherit.InheritanceResolver;
import io.quanta.contract.inherit.Resolution;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.Quantum;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.http.Problem;
import io.quanta.runtime.registry.DictionaryContractSource;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the quantum's contract with everything it inherits, on request: parents come from the
 * {@code contracts.path} folders of quantum.yaml, then from the dictionary when one is configured. The
 * answer carries each inherited element's origin ({@code inheritedFrom}, {@code overrides},
 * {@code inheritanceChain}); a chain that cannot be resolved is a 422 problem with the findings.
 */
final class EffectiveContracts {

  static final Duration DICTIONARY_TIMEOUT = Duration.ofSeconds(5);

  private final Quantum quantum;

  EffectiveContracts(Quantum quantum) {
    this.quantum = quantum;
  }

  /** The annotated effective contract; folders are read and the dictionary asked again each time. */
  Future<DataContract> resolve() {
    return quantum.vertx().executeBlocking(this::resolveNow, false);
  }

  private DataContract resolveNow() throws ContractSyntaxException {
    QuantumConfig config = quantum.config();
    List<ContractSource> layers = new ArrayList<>();
    layers.add(FolderContractSource.scan(config.contractPath()));
    config.dictionary().baseUrl().ifPresent(url ->
        layers.add(new DictionaryContractSource(url, config.dictionary().token(), DICTIONARY_TIMEOUT)));
    ParsedDocument document = ContractCodec.parse(config.contractFile().toString(), quantum.contractText());
    Resolution resolution = new InheritanceResolver(new LayeredContractSource(layers))
        .resolve(quantum.contract(), document);
    if (resolution.effective().isPresent()) {
      return resolution.effective().get().annotated();
    }
    List<Finding> findings = resolution.findings().stream().map(this::withShownSource).toList();
    return failed(findings);
  }

  private DataContract failed(List<Finding> findings) {
    String first = findings.stream().filter(Finding::isError).findFirst().or(() -> findings.stream().findFirst())
        .map(Finding::message).orElse("no reason given");
    throw new Problem(422, "unresolvable-inheritance", "Unprocessable contract",
        "the inheritance of " + quantum.contract().id() + " cannot be resolved (" + FindingsReport.summary(findings)
            + "): " + first)
        .with("findings", new JsonArray(FindingsReport.json(findings).toString()));
  }

  /** Findings name files relative to the quantum's folder: the host's absolute paths stay private. */
  private Finding withShownSource(Finding f) {
    return new Finding(f.severity(), f.code(), shown(f.source()), f.path(), f.position(), f.message());
  }

  private String shown(String source) {
    if (source.contains("://")) {
      return source;
    }
    try {
      Path file = Path.of(source);
      return file.isAbsolute() ? quantum.config().directory().relativize(file.normalize()).toString() : source;
    } catch (InvalidPathException e) {
      return source;
    }
  }
}
