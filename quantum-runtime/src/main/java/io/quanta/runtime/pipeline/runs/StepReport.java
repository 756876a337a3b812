package io.quanta.runtime.pipeline.runs;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * One step of a run: which ({@code stage}, {@code transform}…), on what (a source or an object), when, how
 * many rows went in and came out, and a note (columns left empty, rules that warned).
 */
public record StepReport(String step, String subject, Instant startedAt, Instant finishedAt, Long rowsIn,
    Long rowsOut, String note) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("step", step)
        .put("subject", subject)
        .put("startedAt", startedAt == null ? null : startedAt.toString())
        .put("finishedAt", finishedAt == null ? null : finishedAt.toString())
        .put("rowsIn", rowsIn)
        .put("rowsOut", rowsOut)
        .put("note", note);
  }

  public static StepReport fromJson(JsonObject json) {
    return new StepReport(json.getString("step"), json.getString("subject"), instant(json.getString("startedAt")),
        instant(json.getString("finishedAt")), json.getLong("rowsIn"), json.getLong("rowsOut"), json.getString("note"));
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
