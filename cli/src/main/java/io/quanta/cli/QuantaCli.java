package io.quanta.cli;

import io.quanta.cli.mesh.MeshCommand;
import io.quanta.cli.sample.SampleCommand;
import io.quanta.cli.scaffold.NewCommand;
import io.quanta.cli.scaffold.TemplatesCommand;
import io.quanta.cli.validate.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code quanta} command. Exit codes: 0 success, 1 the checked thing has errors, 2 usage or I/O
 * errors.
 *
 * <pre>{@code ./quanta contract lint orders.odcs.yaml}</pre>
 */
@Command(name = "quanta",
    mixinStandardHelpOptions = true,
    versionProvider = QuantaCli.Version.class,
    description = "Quanta: a data-quantum runtime for data mesh.",
    subcommands = {ContractCommand.class, DictionaryCommand.class, MeshCommand.class, NewCommand.class,
        RunCommand.class, SampleCommand.class, TemplatesCommand.class, ValidateCommand.class,
        CommandLine.HelpCommand.class})
public final class QuantaCli {

  /** Exit code when the checked contracts, policies or versions have errors. */
  public static final int FINDINGS = 1;
  /** Exit code for usage mistakes and unreadable files. */
  public static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command tree with Quanta's exit codes and error handling, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new QuantaCli());
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setExecutionExceptionHandler((e, command, parseResult) -> {
      command.getErr().println("quanta: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return USAGE;
    });
    return cli;
  }

  /** Reads the version from the jar manifest so it never drifts from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = QuantaCli.class.getPackage().getImplementationVersion();
      return new String[] {"quanta " + (version == null ? "(development build)" : version)};
    }
  }
}
