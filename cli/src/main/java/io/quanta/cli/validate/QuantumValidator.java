package io.quanta.cli.validate;

import io.quanta.runtime.config.QuantumConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Runs every check of {@code quanta validate} on one quantum folder, in the order the quantum meets them at
 * start; a check that needs what an earlier one could not give is skipped and says why.
 *
 * @param env the environment, read as {@code quanta run} reads it ({@code QUANTA_*} overrides)
 * @param parentFolders extra folders where parent contracts are looked up ({@code --path})
 * @param policyFolders extra policy folders ({@code --policies})
 * @param timeout how long to wait for the dictionary
 */
public record QuantumValidator(Function<String, String> env, List<Path> parentFolders, List<Path> policyFolders,
    Duration timeout) {

  public QuantumValidator {
    parentFolders = List.copyOf(parentFolders);
    policyFolders = List.copyOf(policyFolders);
  }

  public ValidationReport validate(Path directory) {
    QuantumFolder folder = QuantumFolder.of(directory);
    ConfigCheck.Outcome config = ConfigCheck.run(folder, env);
    QuantumConfig settings = config.config();
    ContractCheck.Outcome contract = ContractCheck.run(folder, settings);
    InheritanceCheck.Outcome inheritance = InheritanceCheck.run(contract, settings, parentFolders, timeout);
    DictionaryClient dictionary = settings == null || settings.dictionary().url() == null ? null
        : new DictionaryClient(settings.dictionary().url(), settings.dictionary().token(), timeout);
    CheckResult policies = PolicyCheck.run(folder, contract, inheritance,
        settings == null || settings.pipeline() == null ? null : settings.pipeline().policies(), policyFolders,
        dictionary);
    CheckResult descriptor = DescriptorCheck.run(folder, settings, contract.contract(), inheritance.served());
    CheckResult sql = SqlCheck.run(folder, settings, inheritance.served());
    return new ValidationReport(directory.toString(), settings == null ? null : settings.id(),
        List.of(config.result(), contract.result(), inheritance.result(), policies, descriptor, sql));
  }
}
