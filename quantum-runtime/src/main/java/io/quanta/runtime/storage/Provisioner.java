package io.quanta.runtime.storage;

import io.quanta.runtime.config.Secret;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a quantum its own database and its own user, granted on that database alone, so that one
 * quantum can read another only through its output port. Runs with admin rights, at start.
 */
public final class Provisioner {

  private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);

  private Provisioner() {
  }

  /**
   * Creates the database and user when missing and (re)sets the user's password: the configured one,
   * or a fresh random one that lives only in this process.
   */
  public static Secret provision(DatabaseServer server, String database, String user, Secret configuredPassword) {
    Secret password = configuredPassword != null ? configuredPassword : randomPassword();
    try (Connection c = DriverManager.getConnection(JdbcUrls.withDatabase(server.jdbcUrl(), ""),
        server.adminUser(), Secret.reveal(server.adminPassword()));
         Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      // Both hosts: an anonymous ''@'localhost' account would otherwise shadow 'user'@'%' for local clients.
      for (String host : new String[] {"%", "localhost"}) {
        String account = "'" + user + "'@'" + host + "'";
        s.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + quote(password.value()));
        s.execute("ALTER USER " + account + " IDENTIFIED BY " + quote(password.value()));
        s.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account);
      }
      LOG.info("database {} and user {} ready", database, user);
      return password;
    } catch (SQLException e) {
      throw new StorageException("cannot create database " + database + " and user " + user + " on "
          + JdbcUrls.redact(server.jdbcUrl()) + ": " + e.getMessage(), e);
    }
  }

  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  private static Secret randomPassword() {
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    return new Secret(HexFormat.of().formatHex(random));
  }
}
