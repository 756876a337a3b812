package io.quanta.runtime.quality;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * The result of one rule in one check.
 *
 * @param measured the metric's value (rows, or percent of rows) or the query's number; null when not measured
 * @param threshold the operators as text ({@code "< 5"}), null when the rule has none
 * @param detail why the outcome is what it is, in one sentence
 */
public record QualityResult(String checkId, String ruleId, String type, String object, String property,
    String metric, Double measured, String threshold, String unit, String severity, Outcome outcome,
    String detail, Instant checkedAt) {

  /** The JSON form served by {@code /observability/quality}. */
  public JsonObject toJson() {
    return new JsonObject()
        .put("ruleId", ruleId)
        .put("type", type)
        .put("object", object)
        .put("property", property)
        .put("metric", metric)
        .put("measured", measured)
        .put("threshold", threshold)
        .put("unit", unit)
        .put("severity", severity)
        .put("outcome", outcome.word())
        .put("detail", detail)
        .put("checkedAt", checkedAt.toString())
        .put("checkId", checkId);
  }
}
