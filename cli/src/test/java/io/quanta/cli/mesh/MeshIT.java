package io.quanta.cli.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.cli.QuantaCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code quanta mesh up} as a real child process, driven from here with {@code status} and {@code down}. */
class MeshIT {

  static final Path HOME = Path.of("target", "it-mesh").toAbsolutePath();

  @TempDir
  Path dir;
  Process up;

  @AfterEach
  void killLeftovers() {
    if (up != null) {
      up.descendants().forEach(ProcessHandle::destroyForcibly);
      up.destroyForcibly();
    }
  }

  @Test
  void brings_every_quantum_up_in_its_own_process_reports_them_and_stops_them_all() throws Exception {
    quantum("alpha", "stores", 0);
    quantum("beta", "finance", 0);
    Files.writeString(dir.resolve("mesh/mesh.yaml"), """
        prepare:
          - [sample, generate, --rows, "10", --dir, %s]
        processes:
          - {name: counters, command: [sample, counter, --database, alpha, --every, "1"]}
        """.formatted(dir.resolve("generated")));
    int firstPort = freePort();
    int dictionaryPort = freePort();

    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        QuantaCli.class.getName(), "mesh", "up", dir.resolve("mesh").toString(), "--home", HOME.toString(),
        "--first-port", String.valueOf(firstPort), "--dictionary-port", String.valueOf(dictionaryPort))
        .redirectOutput(dir.resolve("out").toFile())
        .redirectError(dir.resolve("err").toFile());
    builder.environment().put("QUANTA_TOKENS", "mesh-it-token=tester:owner");
    up = builder.start();
    awaitLine("out", "Mesh ready", 420);

    String table = Files.readString(dir.resolve("out"));
    assertThat(table).contains("QUANTUM", "alpha", "stores", "beta", "finance", "active", "counters", "running",
        "dictionary", "http://localhost:" + dictionaryPort);
    assertThat(dir.resolve("generated/sales-orders/data/orders.csv")).as("prepared by mesh.yaml").exists();
    MeshState state = MeshState.read(HOME.resolve("mesh.json")).orElseThrow();
    assertThat(state.members()).extracting(MeshMember::name).containsExactly("dictionary", "counters", "alpha", "beta");
    assertThat(state.members()).allSatisfy(m -> {
      assertThat(m.pid()).isNotEqualTo(up.pid());
      assertThat(ProcessHandle.of(m.pid())).isPresent();
    });
    String alpha = state.members().get(2).url();
    assertThat(Readiness.get("http://localhost:" + dictionaryPort + "/api/quanta").orElseThrow().body())
        .as("every quantum announced itself to the mesh's dictionary").contains("\"alpha\"", "\"beta\"");
    assertThat(Readiness.status(alpha + "/observability/ready")).isEqualTo(200);
    assertThat(awaitVisits(alpha)).as("the helper process writes the sidecar's table").contains("PAR-01");

    Result status = run("mesh", "status", "--home", HOME.toString());
    assertThat(status.code()).isZero();
    assertThat(status.out()).contains("alpha", "beta", "active", "counters");

    Result down = run("mesh", "down", "--home", HOME.toString());
    assertThat(down.code()).isZero();
    assertThat(up.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(up.exitValue()).isZero();
    for (MeshMember member : state.members()) {
      assertThat(ProcessHandle.of(member.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
    assertThat(up.descendants().filter(ProcessHandle::isAlive).toList()).as("no orphans").isEmpty();
    assertThat(HOME.resolve("mesh.json")).doesNotExist();
    assertThat(run("mesh", "status", "--home", HOME.toString()).code()).isEqualTo(QuantaCli.FINDINGS);
  }

  @Test
  void refuses_a_mesh_with_a_broken_quantum_and_names_its_folder() throws Exception {
    quantum("good", "sales", 0);
    Files.createDirectories(dir.resolve("mesh/broken"));
    Files.writeString(dir.resolve("mesh/broken/quantum.yaml"), "id: broken\nsurprise: 1\n");

    Result result = run("mesh", "up", dir.resolve("mesh").toString(), "--home", dir.resolve("home").toString());

    assertThat(result.code()).isEqualTo(QuantaCli.USAGE);
    assertThat(result.err()).contains("broken").contains("surprise").doesNotContain("Exception");
  }

  @Test
  void says_so_when_no_mesh_is_up() {
    Result down = run("mesh", "down", "--home", dir.resolve("nothing").toString());

    assertThat(down.code()).isZero();
    assertThat(down.err()).contains("no mesh is up");
  }

  private void quantum(String id, String domain, int port) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("mesh").resolve(id));
    Files.writeString(folder.resolve("quantum.yaml"), "id: " + id + "\nserver: {port: " + port + "}\n");
    Files.writeString(folder.resolve(id + ".odcs.yaml"), """
        apiVersion: v3.1.0
        kind: DataContract
        id: %s
        version: 1.0.0
        status: active
        domain: %s
        schema:
          - name: visit
            physicalName: store_visit
            properties:
              - {name: reading_id, logicalType: integer, primaryKey: true}
              - {name: store_id, logicalType: string, physicalType: varchar(8)}
              - {name: visitors, logicalType: integer}
              - {name: counted_at, logicalType: timestamp, physicalType: datetime}
        """.formatted(id, domain));
  }

  private static String awaitVisits(String url) throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/data/visit"))
        .header("Authorization", "Bearer mesh-it-token").build();
    String body = "";
    for (int i = 0; i < 100 && !body.contains("PAR-01"); i++) {
      body = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      Thread.sleep(200);
    }
    return body;
  }

  private void awaitLine(String stream, String text, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (Files.readString(dir.resolve(stream)).contains(text)) {
        return;
      }
      if (!up.isAlive()) {
        break;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no '" + text + "' within " + seconds + " s; out:\n" + Files.readString(dir.resolve("out"))
        + "\nerr:\n" + Files.readString(dir.resolve("err")));
  }

  record Result(int code, String out, String err) {
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = QuantaCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
