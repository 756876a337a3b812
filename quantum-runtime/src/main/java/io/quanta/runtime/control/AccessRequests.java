package io.quanta.runtime.control;

import io.quanta.runtime.auth.Grant;
import io.quanta.runtime.auth.Grants;
import io.quanta.runtime.http.Problem;
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
 * The access requests in {@code _quanta_access_requests}. Approval (by policy or by the owner) and the grant
 * it creates commit together; a request is decided once.
 */
final class AccessRequests {

  /** Who approves requests whose classification the policy lets through. */
  static final String POLICY = "policy";
  private static final String COLUMNS = "id, principal, object_name, purpose, status, decided_by, requested_at, decided_at";

  private final Storage storage;

  AccessRequests(Storage storage) {
    this.storage = storage;
  }

  /** A request as stored and the grant it produced, if it was approved just now. */
  record Outcome(AccessRequest request, Grant grant) {
  }

  /**
   * Files a request: approved with a grant when {@code approve}; otherwise pending — or, when the principal
   * already waits on the same object, that earlier request, so repeating a request does not pile up rows.
   */
  Future<Outcome> submit(String principal, String object, String purpose, boolean approve) {
    return storage.call(c -> Transactions.run(c, () -> {
      if (!approve) {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM `" + Bookkeeping.REQUESTS
            + "` WHERE principal = ? AND object_name <=> ? AND status = ? ORDER BY id LIMIT 1 FOR UPDATE")) {
          s.setString(1, principal);
          s.setString(2, object);
          s.setString(3, AccessRequest.PENDING);
          try (ResultSet rs = s.executeQuery()) {
            if (rs.next()) {
              return new Outcome(request(rs), null);
            }
          }
        }
      }
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      String status = approve ? AccessRequest.APPROVED : AccessRequest.PENDING;
      long id;
      try (PreparedStatement s = c.prepareStatement("INSERT INTO `" + Bookkeeping.REQUESTS
          + "` (principal, object_name, purpose, status, decided_by, requested_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          PreparedStatement.RETURN_GENERATED_KEYS)) {
        s.setString(1, principal);
        s.setString(2, object);
        s.setString(3, purpose);
        s.setString(4, status);
        s.setString(5, approve ? POLICY : null);
        s.setTimestamp(6, Timestamp.from(now));
        s.setTimestamp(7, approve ? Timestamp.from(now) : null);
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      Grant grant = approve ? Grants.upsert(c, principal, object, null, POLICY).grant() : null;
      return new Outcome(new AccessRequest(id, principal, object, purpose, status, approve ? POLICY : null, now,
          approve ? now : null), grant);
    }));
  }

  /** Requests, newest first, optionally of one status. */
  Future<List<AccessRequest>> list(String status, int limit) {
    return storage.call(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM `" + Bookkeeping.REQUESTS + "`"
          + (status == null ? "" : " WHERE status = ?") + " ORDER BY id DESC LIMIT ?")) {
        int i = 1;
        if (status != null) {
          s.setString(i++, status);
        }
        s.setInt(i, limit);
        List<AccessRequest> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.add(request(rs));
          }
        }
        return out;
      }
    });
  }

  /** Approves (with a grant expiring at {@code expiresAt}, or never) or denies a pending request. */
  Future<Outcome> decide(long id, boolean approve, String decidedBy, Instant expiresAt) {
    return storage.call(c -> Transactions.run(c, () -> {
      AccessRequest request = lockedRequest(c, id);
      if (!request.status().equals(AccessRequest.PENDING)) {
        throw new Problem(409, "already-decided", "Conflict", "Access request " + id + " was already "
            + request.status() + (request.decidedBy() == null ? "" : " by " + request.decidedBy()) + ".")
            .with("status", request.status());
      }
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      String status = approve ? AccessRequest.APPROVED : AccessRequest.DENIED;
      try (PreparedStatement s = c.prepareStatement("UPDATE `" + Bookkeeping.REQUESTS
          + "` SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?")) {
        s.setString(1, status);
        s.setString(2, decidedBy);
        s.setTimestamp(3, Timestamp.from(now));
        s.setLong(4, id);
        s.executeUpdate();
      }
      Grant grant = approve ? Grants.upsert(c, request.principal(), request.object(), expiresAt, decidedBy).grant() : null;
      return new Outcome(new AccessRequest(id, request.principal(), request.object(), request.purpose(), status,
          decidedBy, request.requestedAt(), now), grant);
    }));
  }

  private static AccessRequest lockedRequest(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM `" + Bookkeeping.REQUESTS
        + "` WHERE id = ? FOR UPDATE")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw unknown(Long.toString(id));
        }
        return request(rs);
      }
    }
  }

  static Problem unknown(String id) {
    return Problem.notFound("unknown-request", "There is no access request '" + id + "'.");
  }

  private static AccessRequest request(ResultSet rs) throws SQLException {
    Timestamp decided = rs.getTimestamp(8);
    return new AccessRequest(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getTimestamp(7).toInstant(), decided == null ? null : decided.toInstant());
  }
}
