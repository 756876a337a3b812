package io.quanta.runtime.sla;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * How fresh one object is: the newest value of its freshness column, its age, the latency the contract
 * promises for it, and whether the age is within that promise.
 *
 * @param lastUpdate null when the table is empty
 * @param ageSeconds null when the table is empty; never negative (a future timestamp reads as age 0)
 * @param slaSeconds null when no latency applies to the object
 * @param compliant null when no latency applies; false for an empty table under a latency promise
 */
public record Freshness(String object, String column, Instant lastUpdate, Long ageSeconds, Long slaSeconds,
    Boolean compliant) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("column", column)
        .put("lastUpdate", lastUpdate == null ? null : lastUpdate.toString())
        .put("ageSeconds", ageSeconds)
        .put("slaSeconds", slaSeconds)
        .put("compliant", compliant);
  }
}
