package io.quanta.runtime.storage;

import io.quanta.runtime.config.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
   * Creates the database and user when missing and (re)sets the user's password: the configured one, or one
   * {@linkplain #derivedPassword derived} from the admin password, so that every replica and every restart of a
   * quantum sets the same one (a new pod starting beside an old one during a rolling update does not lock the
   * old one out of its own database).
   */
  public static Secret provision(DatabaseServer server, String database, String user, Secret configuredPassword) {
    Secret password = configuredPassword != null ? configuredPassword
        : derivedPassword(server.adminPassword(), database, user);
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

  /**
   * The password of a quantum's user: HMAC-SHA256 of its database and user name under the admin password, 36 hex
   * characters. Whoever knows the admin password may do anything on the server already; whoever does not cannot
   * work it out; a new admin password gives every quantum a new one at its next start. With no admin password
   * (nothing to key it with) a random one that lives only in this process.
   */
  static Secret derivedPassword(Secret adminPassword, String database, String user) {
    String key = Secret.reveal(adminPassword);
    byte[] out = new byte[18];
    if (key == null || key.isEmpty()) {
      new SecureRandom().nextBytes(out);
    } else {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal(("quanta-user\u0000" + database + "\u0000" + user).getBytes(StandardCharsets.UTF_8));
        out = Arrays.copyOf(digest, out.length);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("every Java runtime has HmacSHA256", e);
      }
    }
    return new Secret(HexFormat.of().formatHex(out));
  }
}
