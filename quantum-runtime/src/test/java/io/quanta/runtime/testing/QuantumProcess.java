package io.quanta.runtime.testing;

import io.quanta.runtime.QuantumMain;
import io.quanta.runtime.QuantumVertx;
import io.quanta.runtime.config.ConfigLoader;
import io.quanta.runtime.config.QuantumConfig;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A quantum in a child JVM, started from a folder with the test classpath, so a test can kill it the way
 * an operating system does ({@code SIGKILL}): no shutdown hook, no graceful anything.
 */
public final class QuantumProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private QuantumProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts {@code dir} in a child JVM against the test database, with these extra environment variables. */
  public static QuantumProcess start(Path dir, Map<String, String> env) throws IOException {
    var server = TestDatabase.server();
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), QuantumProcess.class.getName(), dir.toString()))
        .redirectErrorStream(true);
    builder.environment().putAll(env);
    builder.environment().put("QUANTA_JDBC_URL", server.jdbcUrl());
    builder.environment().put("QUANTA_DB_ADMIN_USER", server.adminUser());
    builder.environment().put("QUANTA_DB_ADMIN_PASSWORD", io.quanta.runtime.config.Secret.reveal(server.adminPassword()));
    Process process = builder.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("QUANTUM-PORT ")) {
        int port = Integer.parseInt(line.substring(13).trim());
        Thread drain = new Thread(() -> out.lines().forEach(l -> System.out.println("[child] " + l)), "child-out");
        drain.setDaemon(true);
        drain.start();
        return new QuantumProcess(process, port);
      }
      System.out.println("[child] " + line);
    }
    throw new IOException("the child quantum ended before it was ready (exit " + process.exitValue() + ")");
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Kills the process with SIGKILL and waits for it to be gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  /** The child: starts the quantum in {@code args[0]} on a free port and prints it. */
  public static void main(String[] args) {
    QuantumConfig config = new ConfigLoader(System::getenv).read(new File(args[0]).toPath(), 0);
    QuantumMain.Running running = QuantumMain.start(QuantumVertx.create(), config).await();
    System.out.println("QUANTUM-PORT " + running.port());
    System.out.flush();
  }
}
