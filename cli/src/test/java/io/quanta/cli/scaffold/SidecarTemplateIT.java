package io.quanta.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.cli.CliHarness;
import io.quanta.cli.QuantaCli;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.runtime.config.ConfigLoader;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.discovery.DescriptorPreview;
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
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sidecar template as a user meets it: {@code quanta new}, {@code quanta validate}, then {@code quanta run}
 * as a child JVM with the embedded MariaDB the generated quantum.yaml asks for; the sample rows are loaded as
 * the README says, and read back through the output port with the generated reader token.
 */
class SidecarTemplateIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  Path dir;
  Process child;
  List<ProcessHandle> family = List.of();

  @AfterEach
  void stop() {
    family.forEach(ProcessHandle::destroyForcibly);
    if (child != null) {
      child.destroyForcibly();
    }
  }

  @Test
  void scaffolds_validates_runs_and_serves_its_sample_data() throws Exception {
    Path quantum = dir.resolve("shop-orders");
    CliHarness cli = new CliHarness();
    assertThat(cli.run("new", "shop-orders", "--domain", "sales", "--template", "sidecar", "--dir", quantum.toString()))
        .as(cli.err()).isZero();
    assertThat(cli.run("validate", quantum.toString())).as(cli.out()).isZero();

    ProcessBuilder run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        QuantaCli.class.getName(), "run", quantum.toString(), "--port", "0")
        .redirectOutput(dir.resolve("out").toFile())
        .redirectError(dir.resolve("err").toFile());
    run.environment().put("QUANTA_LOG_LEVEL", "INFO");
    child = run.start();
    String url = await("out", Pattern.compile("quantum shop-orders ready at (http://\\S+)"), 240);
    int dbPort = Integer.parseInt(await("err", Pattern.compile("embedded MariaDB ready on port (\\d+)"), 1));
    family = child.descendants().toList();
    Map<String, String> tokens = tokens(quantum.resolve(".quanta/tokens.txt"));

    assertThat(get(url + "/data/shop_orders", null).statusCode()).isEqualTo(401);
    JsonNode empty = ContractCodec.jsonMapper().readTree(get(url + "/data/shop_orders", tokens.get("reader")).body());
    assertThat(empty).isEmpty();
    loadSampleData(quantum, dbPort);

    HttpResponse<String> rows = get(url + "/data/shop_orders?format=csv&order=id", tokens.get("reader"));
    assertThat(rows.statusCode()).isEqualTo(200);
    assertThat(rows.body().lines()).hasSize(4).first().isEqualTo("id,name,status,amount,updated_at");
    assertThat(rows.body()).contains("3,Third record,inactive,,");

    HttpResponse<String> check = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/control/quality-checks"))
        .header("Authorization", "Bearer " + tokens.get("owner")).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(check.statusCode()).isEqualTo(202);
    JsonNode summary = awaitQuality(url);
    assertThat(summary.get("pass").asInt()).isEqualTo(summary.get("rules").asInt()).isEqualTo(3);

    JsonNode served = ContractCodec.jsonMapper().readTree(get(url + "/discovery/descriptor?format=json", null).body());
    QuantumConfig config = ConfigLoader.load(quantum);
    var contract = ContractCodec.bind(ContractCodec.parse("c", Files.readString(config.contractFile())).tree());
    JsonNode preview = DescriptorPreview.build(config, contract, contract);
    assertThat(names(served.get("managementPorts"))).as("validate checks what the quantum really serves")
        .isEqualTo(names(preview.get("managementPorts")));
    assertThat(names(served.get("outputPorts"))).isEqualTo(names(preview.get("outputPorts")));

    child.destroy();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isZero();
    assertThat(Files.readString(dir.resolve("err"))).contains("quanta run: shop-orders stopped")
        .doesNotContain("Exception");
  }

  /** Runs sample-data.sql as the embedded server's admin, as the README tells the user to. */
  private static void loadSampleData(Path quantum, int port) throws Exception {
    String password = Files.readString(quantum.resolve(".quanta/mariadb/admin-password")).trim();
    String sql = Files.readString(quantum.resolve("sample-data.sql")).lines()
        .filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
    try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/shop_orders", "quanta_admin",
        password); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static Map<String, String> tokens(Path file) throws Exception {
    return Map.of("owner", value(file, "owner="), "reader", value(file, "reader="));
  }

  private static String value(Path file, String prefix) throws Exception {
    return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow()
        .substring(prefix.length());
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode awaitQuality(String url) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    JsonNode summary;
    do {
      Thread.sleep(200);
      summary = ContractCodec.jsonMapper().readTree(get(url + "/observability/quality", null).body()).get("summary");
    } while (summary.get("notYetChecked").asInt() > 0 && System.nanoTime() < deadline);
    return summary;
  }

  private static TreeSet<String> names(JsonNode ports) {
    TreeSet<String> names = new TreeSet<>();
    ports.forEach(p -> names.add(p.get("name").asText()));
    return names;
  }

  /** Waits for a line of the child's {@code out} or {@code err} matching {@code pattern}; returns group 1. */
  private String await(String stream, Pattern pattern, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String text = "";
    while (System.nanoTime() < deadline) {
      text = Files.readString(dir.resolve(stream));
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        return m.group(1);
      }
      if (!child.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no line matching " + pattern + " within " + seconds + " s in " + stream + ":\n" + text
        + "\nerr:\n" + Files.readString(dir.resolve("err")));
  }
}
