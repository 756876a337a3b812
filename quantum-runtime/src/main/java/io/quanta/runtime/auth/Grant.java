package io.quanta.runtime.auth;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** Read access given to one principal on one object, or on every object when {@code object} is null. */
public record Grant(long id, String principal, String object, String grantedBy, Instant grantedAt,
    Instant expiresAt) {

  public boolean activeAt(Instant now) {
    return expiresAt == null || expiresAt.isAfter(now);
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id)
        .put("principal", principal)
        .put("object", object)
        .put("grantedBy", grantedBy)
        .put("grantedAt", grantedAt == null ? null : grantedAt.toString())
        .put("expiresAt", expiresAt == null ? null : expiresAt.toString())
        .put("active", activeAt(Instant.now()));
  }
}
