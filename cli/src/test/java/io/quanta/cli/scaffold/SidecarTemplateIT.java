package io.quanta.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.cli.CliHarness;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.runtime.config.ConfigLoader;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.discovery.DescriptorPreview;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sidecar template as a user meets it: {@code quanta new}, {@code quanta validate}, then {@code quanta run}
 * as a child JVM with the embedded MariaDB the generated quantum.yaml asks for; the sample rows are loaded as
 * the README says, and read back through the output port with the generated reader token.
 */
class SidecarTemplateIT {

  @TempDir
  Path dir;

  @Test
  void scaffolds_validates_runs_and_serves_its_sample_data() throws Exception {
    Path quantum = dir.resolve("shop-orders");
    CliHarness cli = new CliHarness();
    assertThat(cli.run("new", "shop-orders", "--domain", "sales", "--template", "sidecar", "--dir", quantum.toString()))
        .as(cli.err()).isZero();
    assertThat(cli.run("validate", quantum.toString())).as(cli.out()).isZero();

    try (QuantaProcess run = QuantaProcess.start(dir.resolve("logs"), "run", Map.of(),
        "run", quantum.toString(), "--port", "0")) {
      String url = run.awaitOut(Pattern.compile("quantum shop-orders ready at (http://\\S+)"), 240);
      int dbPort = Integer.parseInt(run.awaitErr(Pattern.compile("embedded MariaDB ready on port (\\d+)"), 1));
      String reader = QuantaProcess.token(quantum, "reader");

      assertThat(QuantaProcess.get(url + "/data/shop_orders", null).statusCode()).isEqualTo(401);
      JsonNode empty = ContractCodec.jsonMapper().readTree(QuantaProcess.get(url + "/data/shop_orders", reader).body());
      assertThat(empty).isEmpty();
      loadSampleData(quantum, dbPort);

      HttpResponse<String> rows = QuantaProcess.get(url + "/data/shop_orders?format=csv&order=id", reader);
      assertThat(rows.statusCode()).isEqualTo(200);
      assertThat(rows.body().lines()).hasSize(4).first().isEqualTo("id,name,status,amount,updated_at");
      assertThat(rows.body()).contains("3,Third record,inactive,,");

      HttpResponse<String> check = QuantaProcess.post(url + "/control/quality-checks",
          QuantaProcess.token(quantum, "owner"));
      assertThat(check.statusCode()).isEqualTo(202);
      JsonNode summary = awaitQuality(url);
      assertThat(summary.get("pass").asInt()).isEqualTo(summary.get("rules").asInt()).isEqualTo(3);

      assertServesWhatValidateChecked(url, quantum);
      assertThat(run.stop(60)).isZero();
      assertThat(run.err()).contains("quanta run: shop-orders stopped").doesNotContain("Exception");
    }
  }

  /** The descriptor {@code quanta validate} built offline lists the ports the running quantum serves. */
  static void assertServesWhatValidateChecked(String url, Path quantum) throws Exception {
    JsonNode served = ContractCodec.jsonMapper().readTree(
        QuantaProcess.get(url + "/discovery/descriptor?format=json", null).body());
    QuantumConfig config = ConfigLoader.load(quantum);
    var contract = ContractCodec.bind(ContractCodec.parse("c", Files.readString(config.contractFile())).tree());
    JsonNode preview = DescriptorPreview.build(config, contract, contract);
    for (String ports : new String[] {"managementPorts", "outputPorts", "inputPorts"}) {
      assertThat(names(served.path(ports))).as(ports).isEqualTo(names(preview.path(ports)));
    }
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

  private static JsonNode awaitQuality(String url) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    JsonNode summary;
    do {
      Thread.sleep(200);
      summary = ContractCodec.jsonMapper().readTree(QuantaProcess.get(url + "/observability/quality", null).body())
          .get("summary");
    } while (summary.get("notYetChecked").asInt() > 0 && System.nanoTime() < deadline);
    return summary;
  }

  private static TreeSet<String> names(JsonNode ports) {
    TreeSet<String> names = new TreeSet<>();
    ports.forEach(p -> names.add(p.get("name").asText()));
    return names;
  }
}
