package io.quanta.cli.mesh;

import io.quanta.cli.QuantaCli;
import io.quanta.cli.Termination;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.Secret;
import io.quanta.runtime.storage.DatabaseServer;
import io.quanta.runtime.storage.EmbeddedDatabase;
import io.quanta.runtime.storage.StorageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quanta mesh up [DIR]}: the shared infrastructure once, then every quantum under DIR in a
 * process of its own; waits until all are ready, prints where everything is, and stops everything on
 * Ctrl-C, SIGTERM or {@code quanta mesh down}.
 */
@Command(name = "up",
    mixinStandardHelpOptions = true,
    description = {"Start a local mesh: embedded MariaDB (unless QUANTA_JDBC_URL is set), the dictionary on port",
        "8080 with an embedded Elasticsearch (unless QUANTA_ES_URL is set), then every quantum under DIR",
        "(default: the sample mesh), each as its own process on its own port.",
        "Data stays under the mesh home (default .quanta/mesh/) across restarts.",
        "Ctrl-C here, or 'quanta mesh down' from another shell, stops everything."})
public final class MeshUpCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "Folder of quanta (default: sample-quanta/quanta).")
  Path directory;

  @Option(names = "--home", paramLabel = "DIR", description = "Where data, logs and state live (default: .quanta/mesh, or QUANTA_MESH_HOME).")
  Path home;

  @Option(names = "--first-port", paramLabel = "N", defaultValue = "8081",
      description = "First port for quanta without a port of their own (default: ${DEFAULT-VALUE}).")
  int firstPort;

  @Option(names = "--dictionary-port", paramLabel = "N", defaultValue = "8080",
      description = "The dictionary's port (default: ${DEFAULT-VALUE}).")
  int dictionaryPort;

  @Option(names = "--no-dictionary", description = "Run the quanta without a dictionary (and without Elasticsearch).")
  boolean noDictionary;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
      description = "How long to wait for every quantum to be ready (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  private final List<Runnable> stops = new ArrayList<>();
  private final String startedAt = Instant.now().toString();
  private StateWriter stateWriter;
  private Termination termination;

  /** Rewrites mesh.json with the members started so far. */
  @FunctionalInterface
  private interface StateWriter {
    void write() throws IOException;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MeshHome meshHome = MeshHome.resolve(home);
    Path meshDir = (directory != null ? directory : MeshHome.projectRoot().resolve("sample-quanta").resolve("quanta"))
        .toAbsolutePath().normalize();
    if (!Files.isDirectory(meshDir)) {
      err.println("quanta mesh up: " + meshDir + " is not a folder");
      return QuantaCli.USAGE;
    }
    var previous = MeshState.read(meshHome.stateFile());
    if (previous.isPresent() && previous.get().supervisorAlive()) {
      err.println("quanta mesh up: a mesh is already up from " + meshHome.root() + " (process "
          + previous.get().supervisorPid() + "); run 'quanta mesh down' first");
      return QuantaCli.USAGE;
    }
    MeshPlan plan;
    MeshFile meshFile;
    try {
      meshFile = MeshFile.read(meshDir);
      plan = MeshPlan.of(meshDir, System.getenv(), firstPort,
          port -> (noDictionary || port != dictionaryPort) && portFree(port));
    } catch (ConfigException e) {
      err.println("quanta mesh up: " + e.getMessage());
      return QuantaCli.USAGE;
    }
    if (plan.quanta().isEmpty()) {
      err.println("quanta mesh up: no quantum.yaml under " + meshDir);
      return QuantaCli.USAGE;
    }
    if (!noDictionary && !portFree(dictionaryPort)) {
      err.println("quanta mesh up: port " + dictionaryPort + " (the dictionary's) is taken; free it or pass"
          + " --dictionary-port N");
      return QuantaCli.USAGE;
    }
    termination = Termination.install();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "quanta-mesh-stop"));
    try {
      Map<String, String> environment = new HashMap<>();
      err.println("quanta mesh up: " + plan.quanta().size() + " quanta under " + meshDir + "; data, logs and state in "
          + meshHome.root());
      environment.putAll(database(meshHome, err));
      for (List<String> command : meshFile.prepare()) {
        err.println("quanta mesh up: preparing: quanta " + String.join(" ", command));
        err.flush();
        int code = QuantaCli.commandLine().setOut(out).setErr(err).execute(command.toArray(String[]::new));
        if (code != 0) {
          err.println("quanta mesh up: 'quanta " + String.join(" ", command) + "' (mesh.yaml prepare) failed with exit code " + code);
          return QuantaCli.USAGE;
        }
      }
      List<MeshMember> members = new ArrayList<>();
      this.stateWriter = () -> new MeshState(ProcessHandle.current().pid(), startedAt, meshDir.toString(),
          List.copyOf(members)).write(meshHome.stateFile());
      stops.add(() -> deleteQuietly(meshHome.stateFile()));
      MeshDictionary dictionary = null;
      if (!noDictionary) {
        dictionary = MeshDictionary.start(meshHome, dictionaryPort, environment, err, stops);
        members.add(dictionary.member());
        stateWriter.write();
        environment.put("QUANTA_DICTIONARY_URL", dictionary.url());
        environment.put("QUANTA_DICTIONARY_TOKEN", MeshDictionary.MESH_TOKEN);
      }
      // Helpers first: the program a sidecar wraps should be writing by the time the sidecar is crawled.
      startHelpers(meshFile, meshDir, meshHome, environment, members, err);
      startQuanta(plan, meshHome, environment, members, dictionary, err);
      List<MeshMember> served = members.stream().filter(MeshMember::servesHttp).toList();
      awaitReady(served.stream().filter(m -> MeshTable.alive(m) && !Readiness.ready(m.url())).toList(),
          Instant.now().plusSeconds(timeoutSeconds), err);
      boolean allReady = served.stream().allMatch(m -> Readiness.ready(m.url()));
      if (dictionary != null && Readiness.ready(dictionary.url())) {
        dictionary.publish(meshFile.contracts(), err);
        allReady &= dictionary.awaitCrawled(plan.quanta().stream().map(MeshPlan.Planned::id).toList(),
            Instant.now().plusSeconds(timeoutSeconds), termination::requested, err);
      }
      MeshTable.print(out, MeshTable.rows(members));
      if (dictionary != null) {
        out.println("Search the mesh at " + dictionary.url() + "/ (the dictionary's UI); its API is listed at "
            + dictionary.url() + "/api.");
      }
      out.println(allReady ? "Mesh ready. Ctrl-C here, or './quanta mesh down' from another shell, stops it."
          : "Some quanta are not ready: their logs are under " + meshHome.logs() + ". Ctrl-C stops the mesh.");
      out.flush();
      String signal = termination.await();
      err.println("quanta mesh up: " + signal + " received, stopping the mesh...");
      return 0;
    } catch (StorageException e) {
      err.println("quanta mesh up: " + e.getMessage());
      return QuantaCli.USAGE;
    } finally {
      stopAll();
    }
  }

  /** The shared MariaDB: the one in the environment, else an embedded one kept under the mesh home. */
  private Map<String, String> database(MeshHome meshHome, PrintWriter err) {
    Map<String, String> env = new HashMap<>();
    String external = System.getenv("QUANTA_JDBC_URL");
    if (external != null && !external.isBlank()) {
      err.println("quanta mesh up: storage: " + io.quanta.runtime.storage.JdbcUrls.redact(external) + " (QUANTA_JDBC_URL)");
      return env;
    }
    err.println("quanta mesh up: starting the embedded MariaDB (data in " + meshHome.database() + ")...");
    EmbeddedDatabase database = EmbeddedDatabase.start(meshHome.database());
    stops.add(database::close);
    DatabaseServer server = database.server();
    env.put("QUANTA_JDBC_URL", server.jdbcUrl());
    env.put("QUANTA_DB_ADMIN_USER", server.adminUser());
    env.put("QUANTA_DB_ADMIN_PASSWORD", Secret.reveal(server.adminPassword()));
    return env;
  }

  /**
   * Starts the quanta one after the other, each once the previous one is ready (or has stopped): on a
   * small machine a whole mesh starting at once starves every JVM and the database. Quanta built from
   * other quanta come last, once the dictionary they find their upstreams through is ready, so that their
   * upstreams are serving and findable when their first run reads them.
   */
  private void startQuanta(MeshPlan plan, MeshHome meshHome, Map<String, String> environment,
      List<MeshMember> members, MeshDictionary dictionary, PrintWriter err) throws IOException, InterruptedException {
    List<ProcessHandle> processes = new ArrayList<>();
    stops.add(0, () -> JavaChild.stopAll(processes, 40));
    Instant deadline = Instant.now().plusSeconds(timeoutSeconds);
    boolean upstreamsFindable = false;
    for (MeshPlan.Planned quantum : plan.quanta()) {
      if (termination.requested()) {
        return;
      }
      if (quantum.composed() && dictionary != null && !upstreamsFindable) {
        // Composed quanta find their upstreams through the dictionary: it must be up and know them.
        awaitReady(List.of(dictionary.member()), deadline, err);
        dictionary.awaitCrawled(members.stream().filter(m -> m.kind().equals(MeshMember.QUANTUM))
            .map(MeshMember::name).toList(), deadline, termination::requested, err);
        upstreamsFindable = true;
      }
      Path log = meshHome.log(quantum.id());
      Process process = JavaChild.start(List.of("run", quantum.directory().toString(), "--port", String.valueOf(quantum.port())),
          environment, quantum.directory(), log);
      processes.add(process.toHandle());
      err.println("quanta mesh up: starting " + quantum.id() + " on port " + quantum.port() + " (log: " + log + ")");
      MeshMember member = new MeshMember(quantum.id(), MeshMember.QUANTUM, quantum.domain(),
          "http://localhost:" + quantum.port(), process.pid(), log.toString());
      members.add(member);
      stateWriter.write();
      awaitReady(List.of(member), deadline, err);
    }
  }

  private void startHelpers(MeshFile meshFile, Path meshDir, MeshHome meshHome,
      Map<String, String> environment, List<MeshMember> members, PrintWriter err) throws IOException {
    List<ProcessHandle> processes = new ArrayList<>();
    stops.add(0, () -> JavaChild.stopAll(processes, 10));
    for (MeshFile.Helper helper : meshFile.processes()) {
      Path log = meshHome.log(helper.name());
      Process process = JavaChild.start(helper.command(), environment, meshDir, log);
      processes.add(process.toHandle());
      err.println("quanta mesh up: started " + helper.name() + ": quanta " + String.join(" ", helper.command())
          + " (log: " + log + ")");
      members.add(new MeshMember(helper.name(), MeshMember.PROCESS, "", "", process.pid(), log.toString()));
      stateWriter.write();
    }
  }

  /** Waits for every member, printing each as it becomes ready or dies; true when all are ready. */
  private boolean awaitReady(List<MeshMember> members, Instant deadline, PrintWriter err) throws InterruptedException {
    Instant start = Instant.now();
    List<MeshMember> waiting = new ArrayList<>(members.stream().filter(MeshMember::servesHttp).toList());
    Instant nextNote = start.plusSeconds(10);
    while (!waiting.isEmpty() && Instant.now().isBefore(deadline) && !termination.requested()) {
      for (MeshMember member : List.copyOf(waiting)) {
        boolean alive = ProcessHandle.of(member.pid()).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
          waiting.remove(member);
          err.println("quanta mesh up: " + member.name() + " stopped while starting; last lines of " + member.log() + ":");
          JavaChild.tail(Path.of(member.log()), 15).forEach(line -> err.println("    " + line));
        } else if (Readiness.ready(member.url())) {
          waiting.remove(member);
          err.printf("quanta mesh up: %s ready at %s (%.1f s)%n", member.name(), member.url(),
              Duration.between(start, Instant.now()).toMillis() / 1000.0);
        }
      }
      if (!waiting.isEmpty() && Instant.now().isAfter(nextNote)) {
        err.println("quanta mesh up: waiting for " + waiting.stream().map(MeshMember::name).toList() + "...");
        nextNote = Instant.now().plusSeconds(10);
      }
      err.flush();
      Thread.sleep(250);
    }
    for (MeshMember member : waiting) {
      err.println("quanta mesh up: " + member.name() + " not ready after " + timeoutSeconds + " s (log: " + member.log() + ")");
    }
    return members.stream().filter(MeshMember::servesHttp).allMatch(m -> Readiness.ready(m.url()));
  }

  /** Stops in the reverse order of start: quanta first, storage last. Runs once. */
  private synchronized void stopAll() {
    List<Runnable> pending = new ArrayList<>(stops);
    stops.clear();
    for (Runnable stop : pending) {
      try {
        stop.run();
      } catch (RuntimeException e) {
        System.err.println("quanta mesh up: while stopping: " + e.getMessage());
      }
    }
  }

  private static boolean portFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      System.err.println("quanta mesh up: cannot remove " + file + ": " + e.getMessage());
    }
  }
}
