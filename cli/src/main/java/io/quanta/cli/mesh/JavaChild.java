package io.quanta.cli.mesh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code quanta} subcommand in a JVM of its own, on the same Java and class path as this one, its
 * output appended to a log file. Each quantum of a mesh runs like this, so one can fail, be stopped or
 * be restarted without the others.
 */
final class JavaChild {

  /** JVM options for every child; {@code QUANTA_CHILD_JAVA_OPTS} replaces them. */
  static final String DEFAULT_OPTIONS = "-Xmx512m -XX:+UseSerialGC";

  private JavaChild() {
  }

  static Process start(List<String> quantaArguments, Map<String, String> environment, Path workingDir, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    String options = System.getenv().getOrDefault("QUANTA_CHILD_JAVA_OPTS", DEFAULT_OPTIONS);
    for (String option : options.trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.quanta.cli.QuantaCli");
    command.addAll(quantaArguments);
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workingDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    builder.environment().put(io.quanta.cli.Termination.SUPERVISOR, String.valueOf(ProcessHandle.current().pid()));
    return builder.start();
  }

  /**
   * Asks processes to stop (SIGTERM) all at once, so they drain side by side, and kills those that have
   * not stopped within {@code graceSeconds}.
   */
  static void stopAll(List<ProcessHandle> processes, long graceSeconds) {
    processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
    for (ProcessHandle process : processes) {
      try {
        process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      } catch (Exception e) {
        process.destroyForcibly();
      }
    }
  }

  /** The last lines of a log, to show why a child did not come up. */
  static List<String> tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return all.subList(Math.max(0, all.size() - lines), all.size());
    } catch (IOException e) {
      return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
    }
  }

  private static String javaExecutable() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
