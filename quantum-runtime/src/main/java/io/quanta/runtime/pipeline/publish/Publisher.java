package io.quanta.runtime.pipeline.publish;

import io.quanta.runtime.storage.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a version in one transaction (its rows in the version tables are the switch readers follow),
 * retires versions beyond the number kept, and drops retired tables lazily: with a short lock wait, so a
 * table someone is still streaming from is left for a later try instead of blocking the publish.
 * Also cleans what a run that died left behind: staging tables and version tables no version refers to.
 */
public final class Publisher {

  private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
  private static final int LOCK_WAIT_SECONDS = 2;
  private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

  private final Versions versions;
  private final int keep;

  public Publisher(Versions versions, int keep) {
    this.versions = versions;
    this.keep = keep;
  }

  /** Makes {@code version} the current one for readers, then reloads the versions they resolve from. */
  public void publish(Connection c, Version version, String contractId, String contractText, Instant now)
      throws Exception {
    VersionStore store = versions.store();
    Transactions.run(c, () -> {
      store.insert(c, version, contractId, contractText);
      store.retire(c, keep, now);
      return null;
    });
    versions.load(c);
  }

  /** Drops the tables of retired versions; returns how many versions were dropped completely. */
  public int dropRetired(Connection c) throws SQLException {
    Map<Long, List<String>> retired = versions.store().retired(c);
    int dropped = 0;
    try (Statement s = c.createStatement()) {
      s.execute("SET SESSION lock_wait_timeout = " + LOCK_WAIT_SECONDS);
      try {
        for (Map.Entry<Long, List<String>> version : retired.entrySet()) {
          if (drop(s, version.getKey(), version.getValue())) {
            versions.store().dropped(c, version.getKey());
            dropped++;
          }
        }
      } finally {
        s.execute("SET SESSION lock_wait_timeout = DEFAULT");
      }
    }
    return dropped;
  }

  private static boolean drop(Statement s, long version, List<String> tables) throws SQLException {
    for (String table : tables) {
      try {
        s.execute("DROP TABLE IF EXISTS `" + table + "`");
      } catch (SQLException e) {
        if (e.getErrorCode() != ER_LOCK_WAIT_TIMEOUT) {
          throw e;
        }
        LOG.info("version {}: table {} is still being read; it is dropped later", version, table);
        return false;
      }
    }
    LOG.info("version {} dropped (beyond the versions kept)", version);
    return true;
  }

  /**
   * Drops staging tables and version tables of {@code baseTables} that no version refers to: what a run
   * that failed or a process that died left. Call only while no run is in progress.
   */
  public List<String> clean(Connection c, Collection<String> baseTables) throws SQLException {
    Set<String> live = versions.store().liveTables(c);
    List<String> stale = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM"
        + " information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
      while (rs.next()) {
        String name = rs.getString(1);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean staging = lower.startsWith(TableNames.STAGING_PREFIX);
        boolean orphan = !live.contains(lower)
            && baseTables.stream().anyMatch(b -> TableNames.versionOf(b, name).isPresent());
        if (staging || orphan) {
          stale.add(name);
        }
      }
    }
    try (Statement s = c.createStatement()) {
      for (String table : stale) {
        s.execute("DROP TABLE IF EXISTS `" + table + "`");
      }
    }
    if (!stale.isEmpty()) {
      LOG.info("dropped {} table(s) left by an unfinished run: {}", stale.size(), stale);
    }
    return stale;
  }
}
