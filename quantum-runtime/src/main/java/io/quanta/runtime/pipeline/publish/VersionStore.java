package io.quanta.runtime.pipeline.publish;

import io.quanta.runtime.pipeline.publish.Version.ObjectVersion;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published versions in {@code _quanta_versions} (one row per version: run, time, the contract it was
 * published under, upstream versions, status) and {@code _quanta_version_objects} (each object's table and
 * rows). Inserting a version's rows in one transaction is the publish: readers resolve tables from here.
 * A version is {@code published} (readable), {@code retired} (beyond the kept number; its tables are
 * dropped soon) or {@code dropped}.
 */
public final class VersionStore {

  public static final String VERSIONS = "_quanta_versions";
  public static final String OBJECTS = "_quanta_version_objects";
  static final String PUBLISHED = "published";
  static final String RETIRED = "retired";
  static final String DROPPED = "dropped";

  private static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS `" + VERSIONS + "` ("
          + " version BIGINT PRIMARY KEY, run_id VARCHAR(64) NOT NULL, published_at DATETIME(3) NOT NULL,"
          + " contract_id VARCHAR(255) NULL, contract_version VARCHAR(64) NULL, contract_text MEDIUMTEXT NOT NULL,"
          + " upstreams TEXT NULL, status VARCHAR(16) NOT NULL, retired_at DATETIME(3) NULL, KEY ix_status (status)"
          + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
      "CREATE TABLE IF NOT EXISTS `" + OBJECTS + "` ("
          + " version BIGINT NOT NULL, object_name VARCHAR(255) NOT NULL, table_name VARCHAR(64) NOT NULL,"
          + " row_count BIGINT NOT NULL, PRIMARY KEY (version, object_name)"
          + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");

  public void ensure(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String ddl : DDL) {
        s.execute(ddl);
      }
    }
  }

  /** Versions still readable, newest first; {@code servable} is judged later, against the contract. */
  List<Version> published(Connection c) throws SQLException {
    Map<Long, Map<String, ObjectVersion>> objects = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT o.version, o.object_name,"
        + " o.table_name, o.row_count FROM `" + OBJECTS + "` o JOIN `" + VERSIONS + "` v ON v.version = o.version"
        + " WHERE v.status = '" + PUBLISHED + "'")) {
      while (rs.next()) {
        objects.computeIfAbsent(rs.getLong(1), v -> new LinkedHashMap<>())
            .put(rs.getString(2), new ObjectVersion(rs.getString(2), rs.getString(3), rs.getLong(4)));
      }
    }
    List<Version> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, published_at, run_id,"
        + " contract_version, upstreams FROM `" + VERSIONS + "` WHERE status = '" + PUBLISHED
        + "' ORDER BY version DESC")) {
      while (rs.next()) {
        long version = rs.getLong(1);
        out.add(new Version(version, rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
            objects.getOrDefault(version, Map.of()), upstreams(rs.getString(5)), true, null));
      }
    }
    return out;
  }

  /** The contract text of the newest version ever published, if any. */
  public Optional<String> newestContract(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT contract_text FROM `" + VERSIONS
        + "` ORDER BY version DESC LIMIT 1")) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  /** The number the next version gets: one above every version ever published. */
  public long nextNumber(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM `"
        + VERSIONS + "`")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Records a version; the caller's transaction makes it visible to readers at commit. */
  void insert(Connection c, Version version, String contractId, String contractText) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO `" + VERSIONS + "` (version, run_id, published_at,"
        + " contract_id, contract_version, contract_text, upstreams, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, version.number());
      s.setString(2, version.runId());
      s.setTimestamp(3, Timestamp.from(version.publishedAt()));
      s.setString(4, contractId);
      s.setString(5, version.contractVersion());
      s.setString(6, contractText);
      s.setString(7, new JsonObject(new LinkedHashMap<>(version.upstreams())).encode());
      s.setString(8, PUBLISHED);
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO `" + OBJECTS + "` (version, object_name, table_name,"
        + " row_count) VALUES (?, ?, ?, ?)")) {
      for (ObjectVersion object : version.objects().values()) {
        s.setLong(1, version.number());
        s.setString(2, object.object());
        s.setString(3, object.table());
        s.setLong(4, object.rows());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Marks every published version beyond the newest {@code keep} as retired. */
  void retire(Connection c, int keep, Instant now) throws SQLException {
    List<Long> published = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM `" + VERSIONS
        + "` WHERE status = '" + PUBLISHED + "' ORDER BY version DESC")) {
      while (rs.next()) {
        published.add(rs.getLong(1));
      }
    }
    if (published.size() <= keep) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("UPDATE `" + VERSIONS + "` SET status = ?, retired_at = ?"
        + " WHERE version <= ? AND status = ?")) {
      s.setString(1, RETIRED);
      s.setTimestamp(2, Timestamp.from(now));
      s.setLong(3, published.get(keep));
      s.setString(4, PUBLISHED);
      s.executeUpdate();
    }
  }

  /** Retired versions whose tables are still to be dropped, with those tables. */
  Map<Long, List<String>> retired(Connection c) throws SQLException {
    Map<Long, List<String>> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v.version, o.table_name FROM `"
        + VERSIONS + "` v LEFT JOIN `" + OBJECTS + "` o ON o.version = v.version WHERE v.status = '" + RETIRED
        + "' ORDER BY v.version")) {
      while (rs.next()) {
        List<String> tables = out.computeIfAbsent(rs.getLong(1), v -> new ArrayList<>());
        if (rs.getString(2) != null) {
          tables.add(rs.getString(2));
        }
      }
    }
    return out;
  }

  void dropped(Connection c, long version) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE `" + VERSIONS + "` SET status = ? WHERE version = ?")) {
      s.setString(1, DROPPED);
      s.setLong(2, version);
      s.executeUpdate();
    }
  }

  /** The tables of every version not yet dropped, in lower case: the ones cleaning must leave alone. */
  java.util.Set<String> liveTables(Connection c) throws SQLException {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT o.table_name FROM `" + OBJECTS
        + "` o JOIN `" + VERSIONS + "` v ON v.version = o.version WHERE v.status <> '" + DROPPED + "'")) {
      while (rs.next()) {
        out.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  private static Map<String, Long> upstreams(String json) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (json != null && !json.isBlank()) {
      new JsonObject(json).forEach(e -> {
        if (e.getValue() instanceof Number n) {
          out.put(e.getKey(), n.longValue());
        }
      });
    }
    return out;
  }
}
