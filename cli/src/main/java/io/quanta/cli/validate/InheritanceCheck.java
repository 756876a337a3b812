package io.quanta.cli.validate;

import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.inherit.ContractRef;
import io.quanta.contract.inherit.ContractSource;
import io.quanta.contract.inherit.FolderContractSource;
import io.quanta.contract.inherit.InheritanceResolver;
import io.quanta.contract.inherit.Resolution;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.discovery.LayeredContractSource;
import io.quanta.runtime.registry.DictionaryContractSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Resolves the contract's parent chain where the quantum will look at start: the {@code --path} folders,
 * {@code contracts.path}, the contract's own folder, then the dictionary when {@code dictionary.url} is set.
 */
final class InheritanceCheck {

  static final String NAME = "inheritance";

  /**
   * The check's result and the contract the quantum would serve: the effective one, else as written ({@code
   * resolved} false when it extends a chain that does not resolve: policies cannot judge it then).
   */
  record Outcome(CheckResult result, DataContract served, boolean resolved) {
  }

  private InheritanceCheck() {
  }

  static Outcome run(ContractCheck.Outcome contract, QuantumConfig config, List<Path> extraPaths, Duration timeout) {
    DataContract written = contract.contract();
    if (written == null) {
      return new Outcome(CheckResult.skipped(NAME, "needs a contract that lints"), null, false);
    }
    if (written.extendsValue().isEmpty()) {
      return new Outcome(CheckResult.skipped(NAME, "the contract extends no other"), written, true);
    }
    List<Path> folders = new ArrayList<>(extraPaths);
    if (config != null) {
      folders.addAll(config.contractPath());
    }
    folders.add(contract.file().toAbsolutePath().getParent());
    List<ContractSource> layers = new ArrayList<>();
    layers.add(FolderContractSource.scan(folders));
    String where = folders.size() + (folders.size() == 1 ? " folder" : " folders");
    if (config != null && config.dictionary().url() != null) {
      layers.add(new DictionaryContractSource(config.dictionary().url(), config.dictionary().token(), timeout));
      where += " and the dictionary " + config.dictionary().url();
    }
    ParsedDocument document = contract.document();
    Resolution resolution = new InheritanceResolver(new LayeredContractSource(layers)).resolve(written, document);
    List<Finding> findings = resolution.findings();
    if (resolution.effective().isEmpty()) {
      return new Outcome(CheckResult.ran(NAME, "extends " + written.extendsValue().get()
          + ", which does not resolve from " + where + " (add --path DIR or contracts.path)", findings), written,
          false);
    }
    List<ContractRef> chain = resolution.effective().get().chain();
    String summary = "resolved from " + where + ": "
        + chain.stream().map(ContractRef::toString).collect(Collectors.joining(" extends "));
    return new Outcome(CheckResult.ran(NAME, summary, findings), resolution.effective().get().contract(), true);
  }
}
