package io.quanta.cli.mesh;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code quanta mesh}: a local mesh of quanta and a dictionary, on one machine. */
@Command(name = "mesh",
    mixinStandardHelpOptions = true,
    description = "Run a whole mesh locally: up, status, down.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {MeshUpCommand.class, MeshStatusCommand.class, MeshDownCommand.class})
public final class MeshCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing the mesh command to run (up, status or down)");
  }
}
