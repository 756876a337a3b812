package io.quanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code quanta run} as a child JVM with an embedded MariaDB, as a developer would, and sends it
 * SIGTERM: in flight, during start-up. Output goes to files, since a JDK pipe read can lose what a
 * process writes just before it exits.
 */
class RunCommandSignalIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: signal-events
      version: 1.0.0
      status: active
      schema:
        - name: events
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
            - {name: payload, logicalType: string}
      """;
  /** About 24 MB of JSON, far more than socket buffers hold. */
  static final int ROWS = 200_000;
  /** Each test's embedded MariaDB keeps its data in its own folder under this one. */
  static final Path DATA_ROOT = Path.of("target", "it-mariadb-run").toAbsolutePath();
  static final String OWNER_TOKEN = "signal-test-owner-token";

  @TempDir
  Path dir;
  Path data;
  Process child;
  List<ProcessHandle> family = List.of();

  @BeforeEach
  void writeQuantum(TestInfo test) throws Exception {
    data = DATA_ROOT.resolve(test.getTestMethod().orElseThrow().getName());
    Files.writeString(dir.resolve("quantum.yaml"), "id: signal-events\nserver: {shutdownGraceSeconds: 30}\n");
    Files.writeString(dir.resolve("contract.odcs.yaml"), CONTRACT);
  }

  @AfterEach
  void killLeftovers() {
    // The database first: once the JVM is gone it would be orphaned and keep the data folder locked.
    family.forEach(ProcessHandle::destroyForcibly);
    if (child != null) {
      child.destroyForcibly();
    }
    // A database orphaned by a failed test would hold the folder's lock for the next one.
    databasesOnTheDataFolder().forEach(ProcessHandle::destroyForcibly);
  }

  @Test
  void sigterm_lets_an_in_flight_read_finish_then_stops_the_embedded_database() throws Exception {
    start();
    String url = await("out", Pattern.compile("quantum signal-events ready at (http://\\S+)"), 180);
    seed(Integer.parseInt(await("err", Pattern.compile("embedded MariaDB ready on port (\\d+)"), 1)));
    family = child.descendants().toList();
    assertThat(family).as("the embedded MariaDB runs as a child process").isNotEmpty();
    HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "/data/events"))
            .header("Authorization", "Bearer " + OWNER_TOKEN).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    InputStream in = response.body();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(in.readNBytes(64 * 1024));

    child.destroy();
    await("err", Pattern.compile("quanta run: (SIGTERM) received"), 10);
    byte[] buffer = new byte[16 * 1024];
    for (int n; (n = in.read(buffer)) > 0; ) {
      body.write(buffer, 0, n);
      Thread.sleep(1);
    }

    JsonNode rows = new ObjectMapper().readTree(body.toByteArray());
    assertThat(rows).as("the read in flight at SIGTERM completes").hasSize(ROWS);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isZero();
    for (ProcessHandle process : family) {
      process.onExit().get(30, TimeUnit.SECONDS);
    }
    assertThat(databasesOnTheDataFolder()).isEmpty();
    String err = Files.readString(dir.resolve("err"));
    assertThat(err)
        .contains("quanta run: stopping signal-events (draining requests", "quanta run: signal-events stopped")
        .doesNotContain("incident", "Exception");
  }

  @Test
  void sigterm_during_start_up_stops_once_started() throws Exception {
    start();
    await("err", Pattern.compile("quanta run: (starting) quantum signal-events"), 60);

    child.destroy();

    assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("no hang when the signal comes mid-start").isTrue();
    assertThat(child.exitValue()).isZero();
    assertThat(databasesOnTheDataFolder()).as("the embedded MariaDB started mid-signal is stopped too").isEmpty();
    assertThat(Files.readString(dir.resolve("err"))).contains("quanta run: signal-events stopped");
  }

  private void start() throws Exception {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        QuantaCli.class.getName(), "run", dir.toString(), "--port", "0")
        .redirectOutput(dir.resolve("out").toFile())
        .redirectError(dir.resolve("err").toFile());
    builder.environment().put("QUANTA_DATA_DIR", data.toString());
    builder.environment().put("QUANTA_LOG_LEVEL", "INFO");
    builder.environment().put("QUANTA_TOKENS", OWNER_TOKEN + "=tester:owner");
    child = builder.start();
  }

  /** Rows are written as admin into the table the quantum created. */
  private void seed(int port) throws Exception {
    String password = Files.readString(data.resolve("admin-password")).trim();
    try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/signal_events",
        "quanta_admin", password); Statement s = c.createStatement()) {
      s.execute("DELETE FROM events");
      s.execute("INSERT INTO events SELECT seq, REPEAT('x', 100) FROM seq_1_to_" + ROWS);
    }
  }

  /**
   * Processes whose command line names this test's data folder: once the JVM is gone, an orphaned
   * MariaDB is no longer among its descendants, so it is looked for among all processes.
   */
  private List<ProcessHandle> databasesOnTheDataFolder() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().filter(line -> line.contains(data.toString())).isPresent())
        .filter(p -> p.pid() != ProcessHandle.current().pid())
        .toList();
  }

  /**
   * Waits for a line of the child's {@code out} or {@code err} matching {@code pattern}; returns group 1.
   * Gives up at once when the child has ended without printing it, and then shows both streams.
   */
  private String await(String stream, Pattern pattern, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      boolean ended = !child.isAlive();
      Matcher m = pattern.matcher(Files.readString(dir.resolve(stream)));
      if (m.find()) {
        return m.group(1);
      }
      if (ended) {
        throw new AssertionError("quanta run ended (exit " + child.exitValue() + ") without a line matching "
            + pattern + " in " + stream + "\n" + streams());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no line matching " + pattern + " within " + seconds + " s in " + stream + "\n" + streams()
        + "--- threads of quanta run:\n" + threadDump());
  }

  /** What a hung child is doing, for the failure message. */
  private String threadDump() {
    try {
      Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          Long.toString(child.pid()), "Thread.print").redirectErrorStream(true).start();
      String dump = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      jcmd.waitFor(30, TimeUnit.SECONDS);
      return dump;
    } catch (Exception e) {
      return "(no thread dump: " + e + ")";
    }
  }

  private String streams() throws Exception {
    return "--- out:\n" + Files.readString(dir.resolve("out")) + "--- err:\n" + Files.readString(dir.resolve("err"));
  }
}
