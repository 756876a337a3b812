package io.quanta.cli;

import picocli.CommandLine.Command;

/** {@code quanta contract …}: work with ODCS contract files. */
@Command(name = "contract",
    mixinStandardHelpOptions = true,
    description = "Lint, resolve, diff and check policies of ODCS v3 data contracts.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {DiffCommand.class, LintCommand.class, PolicyCommand.class, ResolveCommand.class})
final class ContractCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing the contract command to run");
  }
}
