package io.quanta.cli;

import io.quanta.runtime.QuantumMain;
import io.quanta.runtime.QuantumVertx;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.ConfigLoader;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.storage.StorageException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quanta run DIR}: runs one quantum in the foreground until Ctrl-C or SIGTERM, then drains
 * in-flight requests (up to {@code server.shutdownGraceSeconds}) and stops, embedded database last.
 */
@Command(name = "run",
    mixinStandardHelpOptions = true,
    description = {"Run the quantum described by DIR/quantum.yaml and its ODCS contract.",
        "With no storage configured it starts an embedded MariaDB whose data stays under DIR/.quanta/.",
        "Ctrl-C or SIGTERM lets requests in flight finish (up to server.shutdownGraceSeconds), then stops."})
final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The quantum's folder (holds quantum.yaml).")
  Path directory;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (overrides quantum.yaml and QUANTA_PORT; 0 = any free port).")
  Integer port;

  @Override
  public Integer call() throws Exception {
    QuantumConfig config;
    try {
      config = new ConfigLoader(System::getenv).read(directory, port);
    } catch (ConfigException e) {
      spec.commandLine().getErr().println("quanta run: " + e.getMessage());
      return QuantaCli.USAGE;
    }
    // Before start-up, so a signal during start-up is a request to stop once started, not a JVM exit mid-start.
    Termination termination = Termination.install();
    spec.commandLine().getErr().println("quanta run: starting quantum " + config.id()
        + (config.storage().embedded() ? " (embedded MariaDB, data in " + config.storage().dataDir() + ")" : "")
        + "...");
    var access = config.access();
    if (access.tokensFile() == null && access.inlineTokens() == null && !access.jwt().enabled()) {
      spec.commandLine().getErr().println("quanta run: no tokens and no JWT settings (access.tokensFile, QUANTA_TOKENS,"
          + " access.jwt), so nobody can sign in: data and control endpoints will answer 401");
    }
    QuantumVertx vertx = QuantumVertx.create();
    QuantumMain.Running running;
    try {
      running = QuantumMain.start(vertx, config).await();
    } catch (ConfigException | StorageException e) {
      spec.commandLine().getErr().println("quanta run: " + e.getMessage());
      vertx.close().await();
      return QuantaCli.USAGE;
    }
    Runnable stop = stopper(config, vertx, running);
    // Other ways out of the JVM (SIGHUP, System.exit elsewhere) still stop the quantum.
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "quanta-shutdown"));
    spec.commandLine().getOut().println("quantum " + config.id() + " ready at " + running.url());
    spec.commandLine().getOut().flush();
    String signal = termination.await();
    spec.commandLine().getErr().println("quanta run: " + signal + " received");
    stop.run();
    return 0;
  }

  /** Stops once, whoever asks first (the signal or a shutdown hook); later callers wait for it. */
  private Runnable stopper(QuantumConfig config, QuantumVertx vertx, QuantumMain.Running running) {
    AtomicBoolean started = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    return () -> {
      if (!started.compareAndSet(false, true)) {
        awaitQuietly(done);
        return;
      }
      spec.commandLine().getErr().println("quanta run: stopping " + config.id() + " (draining requests, at most "
          + config.server().shutdownGraceSeconds() + " s)...");
      try {
        running.close().await();
      } finally {
        vertx.close().await();
        done.countDown();
      }
      spec.commandLine().getErr().println("quanta run: " + config.id() + " stopped");
    };
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
