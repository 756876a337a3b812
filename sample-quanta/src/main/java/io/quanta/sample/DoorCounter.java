package io.quanta.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The "other program" of the sidecar sample: store door counters sending a reading every few seconds
 * into the {@code store_visit} table that the store-visits quantum serves. It waits for the table to
 * exist (the quantum creates it) and rides out the database going away.
 */
public final class DoorCounter {

  private static final String[] STORES = {"PAR-01", "PAR-02", "BER-01", "NYC-01", "TYO-01"};

  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final Duration every;
  private final Consumer<String> log;

  public DoorCounter(String jdbcUrl, String user, String password, Duration every, Consumer<String> log) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.every = every;
    this.log = log;
  }

  /** Writes readings until interrupted; one per store per tick. */
  public void run() throws InterruptedException {
    SplittableRandom random = new SplittableRandom();
    boolean reported = false;
    String lastError = null;
    while (!Thread.currentThread().isInterrupted()) {
      try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
           PreparedStatement insert = c.prepareStatement(
               "INSERT INTO store_visit (reading_id, store_id, visitors, counted_at) "
                   + "SELECT COALESCE(MAX(reading_id), 0) + 1, ?, ?, ? FROM store_visit")) {
        if (!reported) {
          log.accept("door counters writing to " + jdbcUrl.replaceAll("//[^@/]*@", "//") + " every " + every.toSeconds() + " s");
          reported = true;
        }
        while (!Thread.currentThread().isInterrupted()) {
          for (String store : STORES) {
            insert.setString(1, store);
            insert.setInt(2, random.nextInt(40));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
          }
          Thread.sleep(every.toMillis());
        }
      } catch (SQLException e) {
        // The quantum may not have created the table yet, or the database is restarting: try again soon.
        if (reported || !e.getMessage().equals(lastError)) {
          log.accept("door counters waiting: " + e.getMessage());
          lastError = e.getMessage();
          reported = false;
        }
        Thread.sleep(2_000);
      }
    }
  }
}
