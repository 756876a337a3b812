package io.quanta.runtime.quality;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Locale;

/**
 * One check of the quality rules: who or what started it, when, and how it ended. A check that could
 * not finish (storage unreachable) is {@code failed}; rules that failed are a {@code finished} check's
 * results, not a failed check.
 *
 * @param triggeredBy {@code schedule} or {@code manual}
 * @param statements SQL statements the check ran against the data (one scan per object plus sql rules)
 */
public record CheckRun(String checkId, String triggeredBy, Status status, Instant startedAt, Instant finishedAt,
    int statements, String detail) {

  /** Where a check is. */
  public enum Status {
    RUNNING, FINISHED, FAILED;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Status parse(String word) {
      return valueOf(word.toUpperCase(Locale.ROOT));
    }
  }

  public CheckRun finished(Instant at, int statementsRun) {
    return new CheckRun(checkId, triggeredBy, Status.FINISHED, startedAt, at, statementsRun, null);
  }

  public CheckRun failed(Instant at, String why) {
    return new CheckRun(checkId, triggeredBy, Status.FAILED, startedAt, at, statements, why);
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("checkId", checkId)
        .put("triggeredBy", triggeredBy)
        .put("status", status.word())
        .put("startedAt", startedAt.toString())
        .put("finishedAt", finishedAt == null ? null : finishedAt.toString())
        .put("statements", statements)
        .put("detail", detail);
  }
}
