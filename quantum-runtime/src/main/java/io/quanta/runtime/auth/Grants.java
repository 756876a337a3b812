package io.quanta.runtime.auth;

import io.quanta.runtime.schema.Bookkeeping;
import io.quanta.runtime.storage.Storage;
import io.quanta.runtime.storage.Transactions;
import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The grants in {@code _quanta_grants}. A principal has at most one grant per object (and one for every
 * object); granting again replaces its expiry. Reads are checked with one query on the
 * {@code (principal, object_name)} key, per request, so a revoked grant stops working at once.
 */
public final class Grants {

  private static final String COLUMNS = "id, principal, object_name, granted_by, granted_at, expires_at";

  private final Storage storage;

  public Grants(Storage storage) {
    this.storage = storage;
  }

  /** True when the principal holds an unexpired grant on the object or on every object. */
  public Future<Boolean> allows(String principal, String object) {
    return storage.call(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM `" + Bookkeeping.GRANTS + "` WHERE principal = ?"
          + " AND (object_name IS NULL OR object_name = ?) AND (expires_at IS NULL OR expires_at > ?) LIMIT 1")) {
        s.setString(1, principal);
        s.setString(2, object);
        s.setTimestamp(3, Timestamp.from(Instant.now()));
        try (ResultSet rs = s.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  /** Every grant, expired ones included, oldest first. */
  public Future<List<Grant>> list() {
    return storage.call(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM `" + Bookkeeping.GRANTS + "` ORDER BY id");
          ResultSet rs = s.executeQuery()) {
        List<Grant> out = new ArrayList<>();
        while (rs.next()) {
          out.add(grant(rs));
        }
        return out;
      }
    });
  }

  /** A grant, created or (when the principal already had one on that object) renewed. */
  public record Granted(Grant grant, boolean created) {
  }

  /** Grants read access in its own transaction. */
  public Future<Granted> grant(String principal, String object, Instant expiresAt, String grantedBy) {
    return storage.call(c -> Transactions.run(c, () -> upsert(c, principal, object, expiresAt, grantedBy)));
  }

  /** Removes a grant; false when there was none with that id. */
  public Future<Boolean> revoke(long id) {
    return storage.call(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM `" + Bookkeeping.GRANTS + "` WHERE id = ?")) {
        s.setLong(1, id);
        return s.executeUpdate() == 1;
      }
    });
  }

  /** Grants read access on a connection whose transaction the caller owns. */
  public static Granted upsert(Connection c, String principal, String object, Instant expiresAt, String grantedBy)
      throws SQLException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Instant expires = expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MILLIS);
    // FOR UPDATE locks the key range too, so two concurrent grants of the same pair cannot both insert.
    try (PreparedStatement find = c.prepareStatement("SELECT id FROM `" + Bookkeeping.GRANTS
        + "` WHERE principal = ? AND object_name <=> ? FOR UPDATE")) {
      find.setString(1, principal);
      find.setString(2, object);
      try (ResultSet rs = find.executeQuery()) {
        if (rs.next()) {
          long id = rs.getLong(1);
          try (PreparedStatement update = c.prepareStatement("UPDATE `" + Bookkeeping.GRANTS
              + "` SET granted_by = ?, granted_at = ?, expires_at = ? WHERE id = ?")) {
            update.setString(1, grantedBy);
            update.setTimestamp(2, Timestamp.from(now));
            update.setTimestamp(3, expires == null ? null : Timestamp.from(expires));
            update.setLong(4, id);
            update.executeUpdate();
          }
          return new Granted(new Grant(id, principal, object, grantedBy, now, expires), false);
        }
      }
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO `" + Bookkeeping.GRANTS
        + "` (principal, object_name, granted_by, granted_at, expires_at) VALUES (?, ?, ?, ?, ?)",
        PreparedStatement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, principal);
      insert.setString(2, object);
      insert.setString(3, grantedBy);
      insert.setTimestamp(4, Timestamp.from(now));
      insert.setTimestamp(5, expires == null ? null : Timestamp.from(expires));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return new Granted(new Grant(keys.getLong(1), principal, object, grantedBy, now, expires), true);
      }
    }
  }

  private static Grant grant(ResultSet rs) throws SQLException {
    Timestamp expires = rs.getTimestamp(6);
    return new Grant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
        expires == null ? null : expires.toInstant());
  }
}
