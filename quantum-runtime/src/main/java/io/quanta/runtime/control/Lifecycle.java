package io.quanta.runtime.control;

import io.quanta.runtime.schema.Bookkeeping;
import io.quanta.runtime.storage.Storage;
import io.vertx.core.Future;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

/**
 * The quantum's lifecycle state, persisted in {@code _quanta_state} and cached in memory so that every
 * data request can consult it without a query.
 */
public final class Lifecycle {

  /** The states a quantum moves through. */
  public enum State {
    /** Served and checked on schedule. */
    ACTIVE,
    /** Served; no scheduled runs or checks. */
    PAUSED,
    /** Served with Deprecation and Sunset headers. */
    DEPRECATED,
    /** Data answers 410 Gone. */
    RETIRED;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static State parse(String word) {
      try {
        return valueOf(word.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        return null;
      }
    }
  }

  /** A state with when it changed, who changed it, why, and (deprecated) the sunset date. */
  public record Snapshot(State state, Instant sunset, String reason, String changedBy, Instant changedAt) {
  }

  private final Storage storage;
  private volatile Snapshot current = new Snapshot(State.ACTIVE, null, null, null, Instant.now());

  public Lifecycle(Storage storage) {
    this.storage = storage;
  }

  /** Loads the persisted state, if any. */
  public Future<Snapshot> load() {
    return storage.call(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT state, sunset, reason, changed_by, changed_at FROM `"
          + Bookkeeping.STATE + "` WHERE id = 1"); ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          State state = State.parse(rs.getString(1));
          current = new Snapshot(state == null ? State.ACTIVE : state, instant(rs.getTimestamp(2)), rs.getString(3),
              rs.getString(4), instant(rs.getTimestamp(5)));
        }
        return current;
      }
    });
  }

  /** Persists and switches to a new state. */
  public Future<Snapshot> change(State state, Instant sunset, String reason, String changedBy) {
    Snapshot next = new Snapshot(state, sunset, reason, changedBy, Instant.now());
    return storage.call(c -> {
      try (PreparedStatement s = c.prepareStatement("REPLACE INTO `" + Bookkeeping.STATE
          + "` (id, state, sunset, reason, changed_by, changed_at) VALUES (1, ?, ?, ?, ?, ?)")) {
        s.setString(1, state.word());
        s.setTimestamp(2, sunset == null ? null : Timestamp.from(sunset));
        s.setString(3, reason);
        s.setString(4, changedBy);
        s.setTimestamp(5, Timestamp.from(next.changedAt()));
        s.executeUpdate();
      }
      current = next;
      return next;
    });
  }

  public Snapshot current() {
    return current;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
