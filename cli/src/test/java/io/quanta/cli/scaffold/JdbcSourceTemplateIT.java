package io.quanta.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.cli.CliHarness;
import io.quanta.runtime.config.Secret;
import io.quanta.runtime.storage.DatabaseServer;
import io.quanta.runtime.storage.EmbeddedDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jdbc-source template as its README has it: source-data.sql loaded into a real MariaDB by its
 * administrator, SOURCE_JDBC_URL / SOURCE_DB_USER / SOURCE_DB_PASSWORD pointing at it, then {@code quanta run}
 * publishes the query's rows, shaped by the transform. The same server holds the quantum's own database.
 */
class JdbcSourceTemplateIT {

  static final Path DATA = Path.of("target", "it-mariadb-jdbc-template").toAbsolutePath();

  @TempDir
  Path dir;
  EmbeddedDatabase server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void publishes_the_rows_of_the_source_query() throws Exception {
    Path quantum = dir.resolve("catalog-items");
    CliHarness cli = new CliHarness();
    assertThat(cli.run("new", "catalog-items", "--domain", "retail", "--template", "jdbc-source",
        "--dir", quantum.toString())).as(cli.err()).isZero();
    assertThat(cli.run("validate", quantum.toString())).as(cli.out()).isZero();

    server = EmbeddedDatabase.start(DATA);
    DatabaseServer db = server.server();
    String admin = Secret.reveal(db.adminPassword());
    loadSource(db, admin, Files.readString(quantum.resolve("source-data.sql")));
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.adminUser(), admin);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS catalog_items");
    }
    Map<String, String> env = Map.of(
        "SOURCE_JDBC_URL", db.jdbcUrl() + "catalog_items_source",
        "SOURCE_DB_USER", db.adminUser(), "SOURCE_DB_PASSWORD", admin,
        "QUANTA_JDBC_URL", db.jdbcUrl(), "QUANTA_DB_ADMIN_USER", db.adminUser(), "QUANTA_DB_ADMIN_PASSWORD", admin);

    try (QuantaProcess run = QuantaProcess.start(dir.resolve("logs"), "run", env,
        "run", quantum.toString(), "--port", "0")) {
      String url = run.awaitOut(Pattern.compile("quantum catalog-items ready at (http://\\S+)"), 240);
      awaitPublished(url);

      HttpResponse<String> rows = QuantaProcess.get(url + "/data/catalog_items?format=csv&order=id"
          + "&select=id,name,category,amount", QuantaProcess.token(quantum, "reader"));
      assertThat(rows.statusCode()).isEqualTo(200);
      assertThat(rows.body().lines()).hasSize(9)
          .contains("1,Atlas of the Oceans,books,34.90", "2,Chess Set,games,59.00", "6,Kite,toys,");
      SidecarTemplateIT.assertServesWhatValidateChecked(url, quantum);
      assertThat(run.stop(60)).isZero();
    }
  }

  /** Runs the generated script as the server's administrator, one statement at a time. */
  private static void loadSource(DatabaseServer db, String password, String script) throws Exception {
    String sql = script.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.adminUser(), password);
        Statement s = c.createStatement()) {
      for (String statement : sql.split(";\\s*\n")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
  }

  private static void awaitPublished(String url) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (QuantaProcess.get(url + "/observability/ready", null).statusCode() == 200) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("nothing published within 60 s: " + QuantaProcess.get(url + "/observability/runs", null)
        .body());
  }
}
