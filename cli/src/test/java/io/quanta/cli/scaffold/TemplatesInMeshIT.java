package io.quanta.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.cli.CliHarness;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.runtime.config.Secret;
import io.quanta.runtime.storage.DatabaseServer;
import io.quanta.runtime.storage.EmbeddedDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates from scaffold to mesh, against a real dictionary ({@code quanta dictionary} with its embedded
 * Elasticsearch) and one real MariaDB that every quantum creates its own database on: the default
 * file-source template validated against the dictionary's global policies, run, published and found in the
 * dictionary; the composed template built from the sample mesh's own retail-customers and sales-orders.
 */
class TemplatesInMeshIT {

  static final String ANNOUNCE_TOKEN = "it-announce-token";
  static final Path DICTIONARY_DATA = Path.of("target", "it-dictionary-templates").toAbsolutePath();
  static final Path STORAGE_DATA = Path.of("target", "it-mariadb-templates").toAbsolutePath();
  static final Path SAMPLE = Path.of("..", "sample-quanta").toAbsolutePath().normalize();

  @TempDir
  static Path shared;
  static EmbeddedDatabase storage;
  static QuantaProcess dictionary;
  static String dictionaryUrl;

  @TempDir
  Path dir;
  final List<QuantaProcess> running = new ArrayList<>();

  @BeforeAll
  static void mesh() throws Exception {
    storage = EmbeddedDatabase.start(STORAGE_DATA);
    dictionary = QuantaProcess.start(shared.resolve("logs"), "dictionary",
        Map.of("QUANTA_TOKENS", ANNOUNCE_TOKEN + "=announcer"),
        "dictionary", "--port", "0", "--data", DICTIONARY_DATA.toString());
    dictionaryUrl = dictionary.awaitOut(Pattern.compile("dictionary ready at (http://\\S+)"), 300);
  }

  @AfterAll
  static void stopMesh() throws Exception {
    try {
      if (dictionary != null) {
        assertThat(dictionary.stop(120)).isZero();
        dictionary.close();
      }
    } finally {
      if (storage != null) {
        storage.close();
      }
    }
  }

  /** What a quantum of this mesh gets: the shared storage (as admin), the dictionary and its token. */
  static Map<String, String> meshEnv() {
    DatabaseServer db = storage.server();
    return Map.of("QUANTA_JDBC_URL", db.jdbcUrl(), "QUANTA_DB_ADMIN_USER", db.adminUser(),
        "QUANTA_DB_ADMIN_PASSWORD", Secret.reveal(db.adminPassword()),
        "QUANTA_DICTIONARY_URL", dictionaryUrl, "QUANTA_DICTIONARY_TOKEN", ANNOUNCE_TOKEN);
  }

  @Test
  void file_source_validates_against_the_dictionary_runs_publishes_and_is_listed() throws Exception {
    Path quantum = dir.resolve("shop-items");
    CliHarness cli = new CliHarness();
    assertThat(cli.run("new", "shop-items", "--domain", "retail", "--dir", quantum.toString())).as(cli.err()).isZero();
    assertThat(cli.out()).contains("(template file-source, domain retail)");
    dropDatabases("shop_items");

    QuantaProcess validate = start("validate", "validate", quantum.toString());
    assertThat(validate.exitCode(120)).as(validate.out()).isZero();
    assertThat(validate.out())
        .contains("  policies      ok        11 policies: 11 passed, 0 failed, 0 not applicable (global: the"
            + " dictionary's set enterprise-defaults; local: none)\n")
        .endsWith("shop-items: valid (0 errors, 0 warnings)\n");

    QuantaProcess run = start("shop-items", "run", quantum.toString(), "--port", "0");
    String url = run.awaitOut(Pattern.compile("quantum shop-items ready at (http://\\S+)"), 240);
    awaitReady(url);

    HttpResponse<String> rows = QuantaProcess.get(url + "/data/shop_items?format=csv&order=id&select=id,name,"
        + "category,amount", QuantaProcess.token(quantum, "reader"));
    assertThat(rows.statusCode()).isEqualTo(200);
    assertThat(rows.body().lines()).hasSize(9).contains("1,Atlas of the Oceans,books,34.90", "6,Kite,toys,");
    JsonNode runs = json(QuantaProcess.get(url + "/observability/runs", null));
    assertThat(runs.get("publishedVersion").asInt()).isEqualTo(1);
    assertThat(runs.get("runs").get(0).get("rowsOut").asInt()).isEqualTo(8);
    SidecarTemplateIT.assertServesWhatValidateChecked(url, quantum);

    JsonNode listed = awaitListed("shop-items");
    assertThat(listed.get("url").asText()).isEqualTo(url);
    assertThat(listed.get("domain").asText()).isEqualTo("retail");
    assertThat(listed.get("contract").get("id").asText()).isEqualTo("shop-items");
    assertThat(run.stop(60)).isZero();
  }

  @Test
  void composed_is_built_from_the_sample_meshs_customers_and_orders() throws Exception {
    Path sample = copySample(dir.resolve("sample"));
    CliHarness cli = new CliHarness();
    assertThat(cli.run("sample", "generate", "--rows", "3000", "--dir", sample.resolve("quanta").toString()))
        .as(cli.err()).isZero();
    dropDatabases("retail_customers", "sales_orders", "country_sales");
    for (String upstream : new String[] {"retail-customers", "sales-orders"}) {
      QuantaProcess process = start(upstream, "run", sample.resolve("quanta").resolve(upstream).toString(),
          "--port", "0");
      awaitReady(process.awaitOut(Pattern.compile("quantum " + upstream + " ready at (http://\\S+)"), 240));
    }
    Path quantum = dir.resolve("country-sales");
    assertThat(cli.run("new", "country-sales", "--domain", "marketing", "--template", "composed",
        "--dir", quantum.toString())).as(cli.err()).isZero();

    QuantaProcess validate = start("validate", "validate", quantum.toString());
    assertThat(validate.exitCode(120)).as(validate.out()).isZero();
    assertThat(validate.out()).contains("2 input ports").endsWith("country-sales: valid (0 errors, 0 warnings)\n");

    QuantaProcess run = start("country-sales", "run", quantum.toString(), "--port", "0");
    String url = run.awaitOut(Pattern.compile("quantum country-sales ready at (http://\\S+)"), 240);
    awaitReady(url);

    JsonNode rows = json(QuantaProcess.get(url + "/data/country_sales", QuantaProcess.token(quantum, "reader")));
    assertThat(rows.size()).isGreaterThan(1);
    long orders = 0;
    for (JsonNode row : rows) {
      assertThat(row.get("country").asText()).hasSize(2);
      orders += row.get("orders").asLong();
    }
    assertThat(orders).as("every generated order belongs to a generated customer").isEqualTo(3000);
    JsonNode lineage = json(QuantaProcess.get(url + "/discovery/lineage", null));
    assertThat(lineage.get("inputs").findValuesAsText("quantum"))
        .containsExactlyInAnyOrder("retail-customers", "sales-orders");
    SidecarTemplateIT.assertServesWhatValidateChecked(url, quantum);
    assertThat(awaitListed("country-sales").get("domain").asText()).isEqualTo("marketing");
    assertThat(run.stop(60)).isZero();
  }

  private QuantaProcess start(String name, String... args) throws Exception {
    QuantaProcess process = QuantaProcess.start(dir.resolve("logs"), name, meshEnv(), args);
    running.add(process);
    return process;
  }

  /** Stops every process a test started as an orchestrator would (SIGTERM), then kills what is left. */
  @AfterEach
  void stopQuanta() throws Exception {
    try {
      for (QuantaProcess process : running) {
        process.stopIfRunning(60);
      }
    } finally {
      running.forEach(QuantaProcess::close);
    }
  }

  /** The sample mesh's two upstream quanta, their shared tokens and the contracts they name, as in the repo. */
  private static Path copySample(Path target) throws Exception {
    for (String part : new String[] {"quanta/retail-customers", "quanta/sales-orders", "quanta/tokens.yaml",
        "src/main/resources/contracts"}) {
      Path from = SAMPLE.resolve(part);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          if (file.toString().endsWith("orders.csv")) {
            continue;
          }
          Path to = target.resolve(SAMPLE.relativize(file).toString());
          Files.createDirectories(to.getParent());
          Files.copy(file, to);
        }
      }
    }
    return target;
  }

  private static void dropDatabases(String... names) throws Exception {
    DatabaseServer db = storage.server();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.adminUser(), Secret.reveal(db.adminPassword()));
        Statement s = c.createStatement()) {
      for (String name : names) {
        s.execute("DROP DATABASE IF EXISTS `" + name + "`");
      }
    }
  }

  private static void awaitReady(String url) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    HttpResponse<String> ready;
    do {
      ready = QuantaProcess.get(url + "/observability/ready", null);
      if (ready.statusCode() == 200) {
        return;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    throw new AssertionError(url + " not ready within 120 s: " + ready.body() + "\nruns: "
        + QuantaProcess.get(url + "/observability/runs", null).body());
  }

  /** The dictionary's record of a quantum, once its announcement has been crawled and indexed. */
  private static JsonNode awaitListed(String id) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    HttpResponse<String> answer;
    do {
      answer = QuantaProcess.get(dictionaryUrl + "/api/quanta/" + id, null);
      if (answer.statusCode() == 200 && json(answer).path("contract").path("id").isTextual()) {
        return json(answer);
      }
      Thread.sleep(500);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("the dictionary does not list " + id + " within 90 s: HTTP " + answer.statusCode() + " "
        + answer.body());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return ContractCodec.jsonMapper().readTree(response.body());
  }
}
