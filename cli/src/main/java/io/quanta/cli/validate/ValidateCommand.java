package io.quanta.cli.validate;

import io.quanta.cli.QuantaCli;
import io.quanta.cli.ReportFormat;
import io.quanta.contract.codec.ContractCodec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quanta validate DIR}: checks a quantum folder before it runs or publishes — quantum.yaml, contract
 * lint, inheritance, policies, the ODPS descriptor and the SQL — and prints one report. Exit 0 when nothing
 * is an error, 1 when something is, 2 when DIR is not a folder or an option is wrong.
 *
 * <pre>{@code ./quanta validate quanta/shop-orders --format json}</pre>
 */
@Command(name = "validate",
    mixinStandardHelpOptions = true,
    description = {"Check a quantum folder: quantum.yaml, contract lint, inheritance, governance policies (its own"
        + " pipeline.policies or policies/ folder, --policies, and the dictionary's global set when dictionary.url"
        + " answers, else the built-in defaults), the ODPS descriptor it would serve, and its SQL.",
        "Exit 0 valid (warnings allowed), 1 errors found, 2 usage error."})
public final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The quantum's folder (holds quantum.yaml).")
  Path directory;

  @Option(names = "--path", paramLabel = "DIR",
      description = "A folder where parent contracts are looked up, recursively; repeatable.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--policies", paramLabel = "DIR",
      description = "A folder of policy sets (or one policy file) to apply too; repeatable.")
  List<Path> policies = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
      description = "How long to wait for the dictionary (default: ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  @Mixin
  ReportFormat format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(directory)) {
      return usage(err, directory + " is not a folder: give the folder that holds quantum.yaml");
    }
    for (Path folder : paths) {
      if (!Files.isDirectory(folder)) {
        return usage(err, "--path " + folder + " is not a folder");
      }
    }
    for (Path folder : policies) {
      if (!Files.exists(folder)) {
        return usage(err, "--policies " + folder + " does not exist");
      }
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 300) {
      return usage(err, "--timeout must be between 1 and 300 seconds, not " + timeoutSeconds);
    }
    ValidationReport report = new QuantumValidator(System::getenv, paths, policies,
        Duration.ofSeconds(timeoutSeconds)).validate(directory);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.json() ? ContractCodec.writeJson(report.json()) + "\n" : report.text());
    out.flush();
    return report.valid() ? 0 : QuantaCli.FINDINGS;
  }

  private static int usage(PrintWriter err, String message) {
    err.println("quanta validate: " + message);
    err.flush();
    return QuantaCli.USAGE;
  }
}
