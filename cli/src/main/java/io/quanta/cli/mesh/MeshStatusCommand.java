package io.quanta.cli.mesh;

import io.quanta.cli.QuantaCli;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quanta mesh status}: every member of the running mesh, asked live. Exit 1 when any is not ready. */
@Command(name = "status",
    mixinStandardHelpOptions = true,
    description = {"Show every member of the mesh started from this home: domain, URL and state, asked live.",
        "Exit code 0 when all are ready, 1 when some are not or no mesh is up."})
public final class MeshStatusCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--home", paramLabel = "DIR", description = "The mesh home (default: .quanta/mesh, or QUANTA_MESH_HOME).")
  Path home;

  @Override
  public Integer call() throws Exception {
    MeshHome meshHome = MeshHome.resolve(home);
    var state = MeshState.read(meshHome.stateFile());
    if (state.isEmpty() || !state.get().supervisorAlive()) {
      spec.commandLine().getErr().println("quanta mesh status: no mesh is up from " + meshHome.root());
      return QuantaCli.FINDINGS;
    }
    List<MeshTable.Row> rows = MeshTable.rows(state.get().members());
    MeshTable.print(spec.commandLine().getOut(), rows);
    return MeshTable.allReady(rows) ? 0 : QuantaCli.FINDINGS;
  }
}
