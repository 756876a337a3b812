package io.quanta.runtime.storage;

import java.sql.Connection;

/** Runs JDBC work as one transaction on a connection from {@link Storage#call}, rolling back on any failure. */
public final class Transactions {

  /** Work that must commit or roll back as one. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws Exception;
  }

  private Transactions() {
  }

  public static <T> T run(Connection c, Work<T> work) throws Exception {
    c.setAutoCommit(false);
    try {
      T result = work.run();
      c.commit();
      return result;
    } catch (Exception e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }
}
