package io.quanta.cli.mesh;

import io.quanta.cli.QuantaCli;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quanta mesh down}: asks the {@code mesh up} process to stop everything (as Ctrl-C would) and
 * waits for it; if that process is gone, stops the members it left behind.
 */
@Command(name = "down",
    mixinStandardHelpOptions = true,
    description = "Stop the mesh started from this home, as Ctrl-C in its shell would, and wait until it has stopped.")
public final class MeshDownCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--home", paramLabel = "DIR", description = "The mesh home (default: .quanta/mesh, or QUANTA_MESH_HOME).")
  Path home;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "How long to wait for a clean stop before killing (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    MeshHome meshHome = MeshHome.resolve(home);
    var recorded = MeshState.read(meshHome.stateFile());
    if (recorded.isEmpty()) {
      err.println("quanta mesh down: no mesh is up from " + meshHome.root());
      return 0;
    }
    MeshState state = recorded.get();
    var supervisor = ProcessHandle.of(state.supervisorPid()).filter(ProcessHandle::isAlive);
    if (supervisor.isPresent()) {
      err.println("quanta mesh down: stopping the mesh (process " + state.supervisorPid() + ")...");
      supervisor.get().destroy();
      try {
        supervisor.get().onExit().get(timeoutSeconds, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        err.println("quanta mesh down: not stopped after " + timeoutSeconds + " s; killing it and its members");
        supervisor.get().destroyForcibly();
      }
    }
    List<ProcessHandle> leftovers = state.members().stream()
        .map(m -> ProcessHandle.of(m.pid()))
        .flatMap(java.util.Optional::stream)
        .filter(ProcessHandle::isAlive)
        // A recycled process id would belong to some other program: only Quanta's own are stopped.
        .filter(p -> p.info().commandLine().map(c -> c.contains("io.quanta.cli.QuantaCli")).orElse(true))
        .toList();
    if (!leftovers.isEmpty()) {
      err.println("quanta mesh down: stopping " + leftovers.size() + " members left running");
      JavaChild.stopAll(leftovers, 40);
    }
    Files.deleteIfExists(meshHome.stateFile());
    err.println("quanta mesh down: stopped");
    return 0;
  }
}
