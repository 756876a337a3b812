package io.quanta.runtime.control;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** A consumer's request for read access, {@code pending} until approved (by policy or the owner) or denied. */
record AccessRequest(long id, String principal, String object, String purpose, String status, String decidedBy,
    Instant requestedAt, Instant decidedAt) {

  static final String PENDING = "pending";
  static final String APPROVED = "approved";
  static final String DENIED = "denied";

  JsonObject toJson(String classification) {
    return new JsonObject()
        .put("id", id)
        .put("principal", principal)
        .put("object", object)
        .put("purpose", purpose)
        .put("classification", classification)
        .put("status", status)
        .put("requestedAt", requestedAt.toString())
        .put("decidedBy", decidedBy)
        .put("decidedAt", decidedAt == null ? null : decidedAt.toString());
  }
}
