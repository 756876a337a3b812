package io.quanta.cli.scaffold;

import io.quanta.cli.QuantaCli;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code quanta} command as a child JVM, as a user runs it: its output goes to two files (a JDK pipe can
 * lose what a process writes just before it exits), which tests wait on line by line.
 */
final class QuantaProcess implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final Path out;
  private final Path err;
  private List<ProcessHandle> family = List.of();

  private QuantaProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code quanta ARGS} with extra environment; its output goes to {@code logs/<name>.out|.err}. */
  static QuantaProcess start(Path logs, String name, Map<String, String> env, String... args) throws IOException {
    Files.createDirectories(logs);
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        QuantaCli.class.getName()));
    command.addAll(List.of(args));
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("QUANTA_LOG_LEVEL", "INFO");
    builder.environment().putAll(env);
    return new QuantaProcess(builder.start(), out, err);
  }

  /** Waits for a line of standard output matching {@code pattern} and returns its group 1. */
  String awaitOut(Pattern pattern, int seconds) throws Exception {
    return await(out, pattern, seconds);
  }

  /** Waits for a line of standard error matching {@code pattern} and returns its group 1. */
  String awaitErr(Pattern pattern, int seconds) throws Exception {
    return await(err, pattern, seconds);
  }

  String out() throws IOException {
    return Files.readString(out);
  }

  String err() throws IOException {
    return Files.readString(err);
  }

  /** Waits for the process to end on its own and returns its exit code. */
  int exitCode(int seconds) throws Exception {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError("still running after " + seconds + " s:\n" + err());
    }
    return process.exitValue();
  }

  /** Sends SIGTERM, as Ctrl-C or an orchestrator would, and returns the exit code. */
  int stop(int seconds) throws Exception {
    family = process.descendants().toList();
    process.destroy();
    return exitCode(seconds);
  }

  /** Sends SIGTERM when the process still runs and waits for it to end. */
  void stopIfRunning(int seconds) throws Exception {
    if (process.isAlive()) {
      stop(seconds);
    }
  }

  private String await(Path file, Pattern pattern, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String text = "";
    while (System.nanoTime() < deadline) {
      text = Files.readString(file);
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        family = process.descendants().toList();
        return m.group(1);
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no line matching " + pattern + " within " + seconds + " s in " + file.getFileName()
        + ":\n" + text + "\nstandard error:\n" + err());
  }

  static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String url, String token) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A line {@code key=value} of a generated quantum's {@code .quanta/tokens.txt}. */
  static String token(Path quantum, String key) throws IOException {
    return Files.readAllLines(quantum.resolve(".quanta/tokens.txt")).stream().filter(l -> l.startsWith(key + "="))
        .findFirst().orElseThrow().substring(key.length() + 1);
  }

  /** Kills what is left (the process and the servers it started), whatever happened in the test. */
  @Override
  public void close() {
    // Children first: once the JVM is gone they would be orphaned and keep their data folders locked.
    family.forEach(ProcessHandle::destroyForcibly);
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
