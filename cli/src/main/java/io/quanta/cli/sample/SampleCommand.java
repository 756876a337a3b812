package io.quanta.cli.sample;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code quanta sample}: data for the sample mesh. */
@Command(name = "sample",
    mixinStandardHelpOptions = true,
    description = "Data for the sample mesh: generate its seed files at any scale, run its door counters.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {SampleCounterCommand.class, SampleGenerateCommand.class})
public final class SampleCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing the sample command to run (generate or counter)");
  }
}
