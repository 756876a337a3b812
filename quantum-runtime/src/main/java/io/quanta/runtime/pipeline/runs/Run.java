package io.quanta.runtime.pipeline.runs;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pipeline run: what started it, when, each step with its rows, how it ended and why, the quality gate's
 * findings, and the upstream versions it read. A running run carries its live steps.
 *
 * @param trigger {@code manual}, {@code schedule}, {@code upstream}, {@code start} or {@code retry}
 * @param triggerDetail who or what, in a few words (the caller, the cron expression, the upstream)
 * @param version the version published, or (failed runs) the one that stayed current
 * @param quality the gate's summary and the rules that failed or warned, with measured values; null before
 * @param upstreams the upstream version read, by source name
 */
public record Run(String id, String trigger, String triggerDetail, Outcome outcome, Instant startedAt,
    Instant finishedAt, Long version, Long rowsIn, Long rowsOut, String failedStep, String error,
    List<StepReport> steps, JsonObject quality, Map<String, Long> upstreams) {

  /** How a run ended. */
  public enum Outcome {
    /** Still going. */
    RUNNING,
    /** A new version was published. */
    PUBLISHED,
    /** The candidate was refused: it does not fit the contract, failed the quality gate or a policy. */
    REJECTED,
    /** The run could not finish (a source, the storage, the transform); nothing was published. */
    FAILED,
    /** The process stopped during the run; nothing of it was published. */
    ABANDONED;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome parse(String word) {
      return valueOf(word.toUpperCase(Locale.ROOT));
    }
  }

  public Run {
    steps = List.copyOf(steps);
    upstreams = Map.copyOf(upstreams);
  }

  public Run ended(Outcome how, Instant at, Long publishedOrCurrent, Long in, Long out, StepFailure failure,
      List<StepReport> finalSteps, JsonObject gate, Map<String, Long> read) {
    return new Run(id, trigger, triggerDetail, how, startedAt, at, publishedOrCurrent, in, out,
        failure == null ? null : failure.step(), failure == null ? null : failure.getMessage(), finalSteps, gate, read);
  }

  public Run withSteps(List<StepReport> live) {
    return new Run(id, trigger, triggerDetail, outcome, startedAt, finishedAt, version, rowsIn, rowsOut, failedStep,
        error, live, quality, upstreams);
  }

  /** The list form: no steps. */
  public JsonObject summary() {
    return new JsonObject()
        .put("id", id)
        .put("trigger", trigger)
        .put("triggerDetail", triggerDetail)
        .put("outcome", outcome.word())
        .put("startedAt", startedAt.toString())
        .put("finishedAt", finishedAt == null ? null : finishedAt.toString())
        .put("durationSeconds", finishedAt == null ? null
            : java.time.Duration.between(startedAt, finishedAt).toMillis() / 1000.0)
        .put("version", version)
        .put("rowsIn", rowsIn)
        .put("rowsOut", rowsOut)
        .put("failedStep", failedStep)
        .put("error", error);
  }

  /** The detail form: with steps, quality and upstream versions. */
  public JsonObject toJson() {
    JsonArray stepList = new JsonArray();
    steps.forEach(s -> stepList.add(s.toJson()));
    return summary()
        .put("steps", stepList)
        .put("quality", quality)
        .put("upstreams", new JsonObject(new java.util.LinkedHashMap<>(upstreams)));
  }
}
