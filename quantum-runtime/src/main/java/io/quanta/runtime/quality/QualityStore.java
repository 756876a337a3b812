package io.quanta.runtime.quality;

import io.quanta.runtime.schema.Bookkeeping;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks and results in {@code _quanta_quality_checks} and {@code _quanta_quality_results}: one
 * {@code check_id} per check, the last {@code quality.history} results kept per rule and the last as
 * many checks; results of rules no longer in the contract are dropped.
 */
final class QualityStore {

  private static final String RESULTS = "`" + Bookkeeping.QUALITY + "`";
  private static final String CHECKS = "`" + Bookkeeping.CHECKS + "`";
  private static final String COLUMNS = "check_id, rule_id, rule_type, object_name, property_name, metric, measured,"
      + " threshold, unit, severity, outcome, detail, checked_at";

  private final int history;

  QualityStore(int history) {
    this.history = history;
  }

  /** Records a finished check and its results, then trims history. */
  void save(Connection c, CheckRun check, List<QualityResult> results, Collection<String> currentRules)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO " + CHECKS + " (check_id, triggered_by, started_at,"
        + " finished_at, status, statements, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, check.checkId());
      s.setString(2, check.triggeredBy());
      s.setTimestamp(3, Timestamp.from(check.startedAt()));
      s.setTimestamp(4, Timestamp.from(check.finishedAt()));
      s.setString(5, check.status().word());
      s.setInt(6, check.statements());
      s.setString(7, cut(check.detail(), 1024));
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO " + RESULTS + " (" + COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (QualityResult r : results) {
        s.setString(1, r.checkId());
        s.setString(2, cut(r.ruleId(), 255));
        s.setString(3, r.type());
        s.setString(4, cut(r.object(), 255));
        s.setString(5, cut(r.property(), 255));
        s.setString(6, cut(r.metric(), 64));
        if (r.measured() == null) {
          s.setNull(7, Types.DOUBLE);
        } else {
          s.setDouble(7, r.measured());
        }
        s.setString(8, cut(r.threshold(), 255));
        s.setString(9, cut(r.unit(), 16));
        s.setString(10, cut(r.severity(), 16));
        s.setString(11, r.outcome().word());
        s.setString(12, cut(r.detail(), 1024));
        s.setTimestamp(13, Timestamp.from(r.checkedAt()));
        s.addBatch();
      }
      s.executeBatch();
    }
    trim(c, currentRules);
  }

  private void trim(Connection c, Collection<String> currentRules) throws SQLException {
    for (String rule : currentRules) {
      Long cutoff = null;
      try (PreparedStatement s = c.prepareStatement("SELECT id FROM " + RESULTS
          + " WHERE rule_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?")) {
        s.setString(1, cut(rule, 255));
        s.setInt(2, history - 1);
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            cutoff = rs.getLong(1);
          }
        }
      }
      if (cutoff != null) {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + RESULTS + " WHERE rule_id = ? AND id < ?")) {
          s.setString(1, cut(rule, 255));
          s.setLong(2, cutoff);
          s.executeUpdate();
        }
      }
    }
    String keep = String.join(", ", currentRules.stream().map(r -> "?").toList());
    try (PreparedStatement s = c.prepareStatement("DELETE FROM " + RESULTS
        + (currentRules.isEmpty() ? "" : " WHERE rule_id NOT IN (" + keep + ")"))) {
      int i = 1;
      for (String rule : currentRules) {
        s.setString(i++, cut(rule, 255));
      }
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("DELETE FROM " + CHECKS + " WHERE check_id NOT IN (SELECT check_id"
        + " FROM (SELECT check_id FROM " + CHECKS + " ORDER BY started_at DESC LIMIT ?) newest)")) {
      s.setInt(1, history);
      s.executeUpdate();
    }
  }

  /** The last {@code n} results of every rule, newest first within a rule. */
  List<QualityResult> latest(Connection c, int n) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM (SELECT r.*, ROW_NUMBER() OVER"
        + " (PARTITION BY rule_id ORDER BY id DESC) AS rn FROM " + RESULTS + " r) ranked WHERE rn <= ?"
        + " ORDER BY rule_id, rn")) {
      s.setInt(1, n);
      return read(s);
    }
  }

  /** The results of one check. */
  List<QualityResult> ofCheck(Connection c, String checkId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM " + RESULTS
        + " WHERE check_id = ? ORDER BY id")) {
      s.setString(1, checkId);
      return read(s);
    }
  }

  /** How many results of one check came to each outcome. */
  Map<Outcome, Integer> outcomes(Connection c, String checkId) throws SQLException {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    try (PreparedStatement s = c.prepareStatement("SELECT outcome, COUNT(*) FROM " + RESULTS
        + " WHERE check_id = ? GROUP BY outcome")) {
      s.setString(1, checkId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts.put(Outcome.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)), rs.getInt(2));
        }
      }
    }
    return counts;
  }

  /** A recorded check, or the newest one when {@code checkId} is null. */
  Optional<CheckRun> check(Connection c, String checkId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT check_id, triggered_by, status, started_at, finished_at,"
        + " statements, detail FROM " + CHECKS + (checkId == null ? " ORDER BY started_at DESC LIMIT 1"
        : " WHERE check_id = ?"))) {
      if (checkId != null) {
        s.setString(1, checkId);
      }
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new CheckRun(rs.getString(1), rs.getString(2), CheckRun.Status.parse(rs.getString(3)),
            instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getInt(6), rs.getString(7)));
      }
    }
  }

  private static List<QualityResult> read(PreparedStatement s) throws SQLException {
    List<QualityResult> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        double value = rs.getDouble(7);
        Double measured = rs.wasNull() ? null : value;
        out.add(new QualityResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), measured, rs.getString(8), rs.getString(9),
            rs.getString(10), Outcome.valueOf(rs.getString(11).toUpperCase(java.util.Locale.ROOT)), rs.getString(12),
            instant(rs.getTimestamp(13))));
      }
    }
    return out;
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
