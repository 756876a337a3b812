package io.quanta.runtime.pipeline.runs;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs in {@code _quanta_runs}: a row when a run starts, completed when it ends, the last
 * {@code pipeline.history} kept. Steps, the gate's findings and upstream versions are one JSON document.
 */
public final class RunStore {

  public static final String RUNS = "_quanta_runs";
  private static final String COLUMNS = "run_id, trigger_kind, trigger_detail, outcome, started_at, finished_at,"
      + " version, rows_in, rows_out, failed_step, error, report";

  private final int history;

  public RunStore(int history) {
    this.history = history;
  }

  public void ensure(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS `" + RUNS + "` ("
          + " run_id VARCHAR(64) PRIMARY KEY, trigger_kind VARCHAR(16) NOT NULL, trigger_detail VARCHAR(255) NULL,"
          + " outcome VARCHAR(16) NOT NULL, started_at DATETIME(3) NOT NULL, finished_at DATETIME(3) NULL,"
          + " version BIGINT NULL, rows_in BIGINT NULL, rows_out BIGINT NULL, failed_step VARCHAR(32) NULL,"
          + " error VARCHAR(2048) NULL, report MEDIUMTEXT NULL, KEY ix_started (started_at)"
          + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    }
  }

  /** Writes the run as it is now (insert or replace). */
  public void save(Connection c, Run run) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("REPLACE INTO `" + RUNS + "` (" + COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, run.id());
      s.setString(2, run.trigger());
      s.setString(3, cut(run.triggerDetail(), 255));
      s.setString(4, run.outcome().word());
      s.setTimestamp(5, Timestamp.from(run.startedAt()));
      s.setTimestamp(6, run.finishedAt() == null ? null : Timestamp.from(run.finishedAt()));
      setLong(s, 7, run.version());
      setLong(s, 8, run.rowsIn());
      setLong(s, 9, run.rowsOut());
      s.setString(10, run.failedStep());
      s.setString(11, cut(run.error(), 2048));
      s.setString(12, report(run).encode());
      s.executeUpdate();
    }
  }

  /** Drops all but the newest {@code history} runs. */
  public void trim(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM `" + RUNS + "` WHERE run_id NOT IN (SELECT run_id FROM"
        + " (SELECT run_id FROM `" + RUNS + "` ORDER BY started_at DESC LIMIT ?) newest)")) {
      s.setInt(1, history);
      s.executeUpdate();
    }
  }

  /** Runs the store says are running: at start, those are runs a stopped process left; they become abandoned. */
  public int abandon(Connection c, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE `" + RUNS + "` SET outcome = 'abandoned', finished_at = ?,"
        + " error = 'the process stopped during the run; nothing of it was published' WHERE outcome = 'running'")) {
      s.setTimestamp(1, Timestamp.from(now));
      return s.executeUpdate();
    }
  }

  /** The newest runs first, at most {@code limit}. */
  public List<Run> newest(Connection c, int limit) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM `" + RUNS
        + "` ORDER BY started_at DESC LIMIT ?")) {
      s.setInt(1, limit);
      return read(s);
    }
  }

  public Optional<Run> get(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM `" + RUNS + "` WHERE run_id = ?")) {
      s.setString(1, id);
      List<Run> runs = read(s);
      return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
    }
  }

  /** The newest run that published, if any. */
  public Optional<Run> lastPublished(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM `" + RUNS
        + "` WHERE outcome = 'published' ORDER BY started_at DESC LIMIT 1")) {
      List<Run> runs = read(s);
      return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
    }
  }

  private static List<Run> read(PreparedStatement s) throws SQLException {
    List<Run> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        JsonObject report = rs.getString(12) == null ? new JsonObject() : new JsonObject(rs.getString(12));
        List<StepReport> steps = new ArrayList<>();
        report.getJsonArray("steps", new JsonArray()).forEach(o -> steps.add(StepReport.fromJson((JsonObject) o)));
        Map<String, Long> upstreams = new LinkedHashMap<>();
        report.getJsonObject("upstreams", new JsonObject()).forEach(e -> upstreams.put(e.getKey(),
            ((Number) e.getValue()).longValue()));
        out.add(new Run(rs.getString(1), rs.getString(2), rs.getString(3), Run.Outcome.parse(rs.getString(4)),
            instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), longOrNull(rs, 7), longOrNull(rs, 8),
            longOrNull(rs, 9), rs.getString(10), rs.getString(11), steps, report.getJsonObject("quality"), upstreams));
      }
    }
    return out;
  }

  private static JsonObject report(Run run) {
    JsonArray steps = new JsonArray();
    run.steps().forEach(step -> steps.add(step.toJson()));
    return new JsonObject().put("steps", steps).put("quality", run.quality())
        .put("upstreams", new JsonObject(new LinkedHashMap<>(run.upstreams())));
  }

  private static Long longOrNull(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
