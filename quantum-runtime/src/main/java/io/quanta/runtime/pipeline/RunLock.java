package io.quanta.runtime.pipeline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database-wide lock that lets one process of a quantum run its pipeline (or clean after one) at a time:
 * a MySQL named lock, held by a session and gone with it, so a process that dies cannot leave it behind.
 */
final class RunLock {

  private static final String NAME = "CONCAT(DATABASE(), '.quanta-pipeline')";

  private RunLock() {
  }

  /** Takes the lock on this session without waiting; false when another session holds it. */
  static boolean tryLock(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT GET_LOCK(" + NAME + ", 0)")) {
      return rs.next() && rs.getInt(1) == 1;
    }
  }

  static void unlock(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DO RELEASE_LOCK(" + NAME + ")");
    }
  }
}
