package io.quanta.runtime.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.quanta.runtime.config.Secret;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The quantum's database: a HikariCP pool and a Vert.x worker pool of the same size, so that every
 * blocking JDBC call has a thread and a connection and none ever runs on an event loop.
 *
 * <pre>{@code storage.call(c -> count(c, "orders")).onSuccess(...)}</pre>
 */
public final class Storage implements AutoCloseable {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Storage.class);

  /** A unit of blocking work on one pooled connection. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection connection) throws Exception;
  }

  private final HikariDataSource pool;
  private final WorkerExecutor workers;
  private final String database;

  private Storage(HikariDataSource pool, WorkerExecutor workers, String database) {
    this.pool = pool;
    this.workers = workers;
    this.database = database;
  }

  /** Opens the pool; it does not fail when the server is down, it retries as calls come in. */
  public static Storage open(Vertx vertx, DatabaseServer server, String database, String user, Secret password,
      int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("quanta-" + database);
    config.setJdbcUrl(JdbcUrls.withDatabase(server.jdbcUrl(), database));
    config.setUsername(user);
    config.setPassword(Secret.reveal(password));
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(2_000);
    config.setValidationTimeout(1_000);
    config.setInitializationFailTimeout(-1);
    config.setKeepaliveTime(60_000);
    HikariDataSource pool = new HikariDataSource(config);
    WorkerExecutor workers = vertx.createSharedWorkerExecutor("quanta-jdbc-" + database, poolSize);
    return new Storage(pool, workers, database);
  }

  /** Runs blocking work on a worker thread with a pooled connection. */
  public <T> Future<T> call(SqlWork<T> work) {
    return workers.executeBlocking(() -> {
      try (Connection connection = pool.getConnection()) {
        return work.run(connection);
      }
    }, false);
  }

  /** Runs blocking work on a worker thread that manages its own connection (long streams). */
  public <T> Future<T> onWorker(java.util.concurrent.Callable<T> work) {
    return workers.executeBlocking(work, false);
  }

  /**
   * Borrows a connection, waiting up to {@code patience} for a database that is still starting or too
   * busy to answer (as when a whole mesh starts at once); any other failure is thrown at once.
   */
  public Connection awaitConnection(java.time.Duration patience) throws SQLException {
    long deadline = System.nanoTime() + patience.toNanos();
    boolean told = false;
    while (true) {
      try {
        return pool.getConnection();
      } catch (SQLException e) {
        if (!isUnavailable(e) || System.nanoTime() > deadline) {
          throw e;
        }
        if (!told) {
          LOG.info("waiting for the storage of {} (up to {} s): {}", database, patience.toSeconds(), e.getMessage());
          told = true;
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** True when the exception means the database could not be reached, rather than a bad statement. */
  public static boolean isUnavailable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException
          || t instanceof com.mysql.cj.exceptions.CJCommunicationsException
          || t instanceof com.mysql.cj.jdbc.exceptions.CommunicationsException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  public DataSource dataSource() {
    return pool;
  }

  public String database() {
    return database;
  }

  @Override
  public void close() {
    workers.close();
    pool.close();
  }
}
