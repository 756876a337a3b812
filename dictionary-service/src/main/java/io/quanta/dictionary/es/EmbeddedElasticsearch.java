package io.quanta.dictionary.es;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A real Elasticsearch server run as a child process for the dictionary (and {@code quanta mesh up}): the
 * Maven Central distribution unpacked once under a folder, single node, security off, bound to
 * 127.0.0.1, 512 MB heap, data and logs kept under the same folder across restarts. As root it runs as
 * {@code nobody} (see {@link Unprivileged}).
 *
 * <p>The child is a small shell that starts Elasticsearch and stops it when its standard input closes:
 * {@link #stop()} closes it, and so does the end of this JVM for any reason (even {@code kill -9}), so no
 * Elasticsearch is left behind. A shutdown hook stops it on SIGTERM and Ctrl-C.
 *
 * <pre>{@code
 * try (EmbeddedElasticsearch es = EmbeddedElasticsearch.start(Path.of(".quanta/dictionary"), 9200, System.err::println)) {
 *   String url = es.url();   // http://127.0.0.1:9200
 * }
 * }</pre>
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

  static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
  private static final String HEAP = "-Xms512m -Xmx512m";

  /** Starts Elasticsearch; stops it when standard input closes or the shell is told to stop. */
  private static final String WATCHDOG = String.join("\n",
      "es=\"$1\"; shift",
      "\"$es\" \"$@\" </dev/null &",
      "pid=$!",
      "trap 'kill -TERM \"$pid\" 2>/dev/null' TERM INT HUP",
      "while kill -0 \"$pid\" 2>/dev/null; do",
      "  read -r -t 1 _; rc=$?",
      "  if [ \"$rc\" -le 128 ]; then kill -TERM \"$pid\" 2>/dev/null; break; fi",
      "done",
      "code=0",
      "while kill -0 \"$pid\" 2>/dev/null; do wait \"$pid\"; code=$?; done",
      "exit $code");

  private final Process process;
  private final OutputStream lifeline;
  private final String url;
  private final Path console;
  private final Thread hook;
  private volatile boolean stopped;

  private EmbeddedElasticsearch(Process process, String url, Path console) {
    this.process = process;
    this.lifeline = process.getOutputStream();
    this.url = url;
    this.console = console;
    this.hook = new Thread(this::stopQuietly, "embedded-elasticsearch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Unpacks the distribution under {@code home} if needed and starts Elasticsearch on {@code port} (0 picks
   * a free one), returning once the cluster is green. {@code progress} gets one line per step and a line
   * every few seconds while it waits. Blocking: call it from {@code main} or a worker, never an event loop.
   */
  public static EmbeddedElasticsearch start(Path home, int port, Consumer<String> progress) {
    Path root = home.toAbsolutePath().normalize();
    Path closed = Unprivileged.isRoot() ? Unprivileged.closedParent(root.resolve("elasticsearch")) : null;
    if (closed != null) {
      root = Unprivileged.openHome(root);
      progress.accept("Elasticsearch runs as '" + Unprivileged.USER + "', who cannot enter " + closed
          + "; its files go to " + root + " instead");
    }
    Path distribution = EsDistribution.locate().unpackInto(root, progress);
    Path es = root.resolve("elasticsearch");
    Path data = es.resolve("data");
    Path logs = es.resolve("logs");
    Path tmp = es.resolve("tmp");
    Path pidFile = es.resolve("elasticsearch.pid");
    try {
      Files.createDirectories(data);
      Files.createDirectories(logs);
      Files.createDirectories(tmp);
      Files.createDirectories(distribution.resolve("config/jvm.options.d"));
      // The distribution's GC log would keep up to 2 GB of files: not for an embedded server.
      Files.writeString(distribution.resolve("config/jvm.options.d/quanta.options"), "-Xlog:disable\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + es + ": " + e.getMessage(), e);
    }
    refuseIfRunning(pidFile, es);
    int httpPort = port == 0 ? Ports.free() : Ports.checkFree(port);
    List<String> command = new ArrayList<>();
    if (Unprivileged.isRoot()) {
      Unprivileged.checkReachable(es);
      Unprivileged.checkReachable(distribution);
      Unprivileged.handOver(distribution);
      Unprivileged.handOver(es);
      command.addAll(Unprivileged.dropRoot());
    }
    command.addAll(List.of("bash", "-c", WATCHDOG, "elasticsearch-watchdog",
        distribution.resolve("bin/elasticsearch").toString(), "-p", pidFile.toString(),
        "-E", "cluster.name=quanta-dictionary",
        "-E", "node.name=quanta-dictionary",
        "-E", "discovery.type=single-node",
        "-E", "xpack.security.enabled=false",
        "-E", "network.host=127.0.0.1",
        "-E", "http.port=" + httpPort,
        "-E", "path.data=" + data,
        "-E", "path.logs=" + logs,
        // A laptop disk that is 90% full must not turn the dictionary's indices read-only.
        "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
    Path console = logs.resolve("console.log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(logs.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(console.toFile()));
    builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("ES_JAVA_OPTS", HEAP);
    builder.environment().put("ES_TMPDIR", tmp.toString());
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("ES_PATH_CONF");
    progress.accept("starting Elasticsearch " + EsDistribution.version() + " on port " + httpPort + " (data in " + data
        + ", logs in " + logs + ")...");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Elasticsearch: " + e.getMessage(), e);
    }
    EmbeddedElasticsearch started = new EmbeddedElasticsearch(process, "http://127.0.0.1:" + httpPort, console);
    try {
      GreenWait.await(process, started.url, console, START_TIMEOUT, progress);
    } catch (RuntimeException e) {
      started.stop();
      throw e;
    }
    return started;
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  public String url() {
    return url;
  }

  /** True while the Elasticsearch process runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Stops Elasticsearch and waits for it (at most a minute, then it is killed). Idempotent. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      lifeline.close();
    } catch (IOException e) {
      // The shell is gone already; waiting below confirms it.
    }
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: this is the hook.
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void stopQuietly() {
    stop();
  }

  /** An Elasticsearch from an earlier run that still holds the data would make this one fail obscurely. */
  private static void refuseIfRunning(Path pidFile, Path es) {
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    try {
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      boolean running = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
          .flatMap(p -> p.info().commandLine()).map(line -> line.contains("elasticsearch")).orElse(false);
      if (running) {
        throw new IllegalStateException("an Elasticsearch (pid " + pid + ") already runs on " + es
            + "; stop it or give another data folder");
      }
      Files.deleteIfExists(pidFile);
    } catch (IOException | NumberFormatException e) {
      try {
        Files.deleteIfExists(pidFile);
      } catch (IOException ignored) {
        // Elasticsearch rewrites it.
      }
    }
  }
}
