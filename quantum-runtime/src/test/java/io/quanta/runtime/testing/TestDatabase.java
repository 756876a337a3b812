package io.quanta.runtime.testing;

import io.quanta.runtime.config.Secret;
import io.quanta.runtime.storage.DatabaseServer;
import io.quanta.runtime.storage.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One real MariaDB for the whole test JVM (started on first use, stopped at exit), with admin
 * credentials so each test quantum provisions its own database and user, as in production.
 */
public final class TestDatabase {

  private static EmbeddedDatabase embedded;

  private TestDatabase() {
  }

  /** The shared server, started on first call. */
  public static synchronized DatabaseServer server() {
    if (embedded == null) {
      embedded = EmbeddedDatabase.start(Path.of("target", "it-mariadb").toAbsolutePath());
      Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "it-mariadb-stop"));
    }
    return embedded.server();
  }

  /** An admin connection to one database (empty for none). */
  public static Connection admin(String database) throws SQLException {
    DatabaseServer server = server();
    return DriverManager.getConnection(server.jdbcUrl() + database, server.adminUser(), Secret.reveal(server.adminPassword()));
  }

  /** Runs statements as admin in a database. */
  public static void execute(String database, String... statements) throws SQLException {
    try (Connection c = admin(database); var s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }
}
