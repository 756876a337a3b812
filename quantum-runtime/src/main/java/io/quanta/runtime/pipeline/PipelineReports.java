package io.quanta.runtime.pipeline;

import io.quanta.runtime.pipeline.gate.QualityGate;
import io.quanta.runtime.pipeline.runs.Run;
import io.quanta.runtime.quality.Outcome;
import io.quanta.runtime.quality.QualityResult;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A run's ending and its quality gate's findings, in words (log) and JSON. */
final class PipelineReports {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private PipelineReports() {
  }

  /** One line per ended run: published with its counts, or refused or failed with the step and why. */
  static void log(Run run) {
    String took = String.format("%.1f s", java.time.Duration.between(run.startedAt(), run.finishedAt()).toMillis()
        / 1000.0);
    String current = run.version() == null ? "nothing is published yet" : "version " + run.version() + " stays current";
    switch (run.outcome()) {
      case PUBLISHED -> LOG.info("run {} published version {}: {} rows in, {} rows out, in {}", run.id(), run.version(),
          run.rowsIn(), run.rowsOut(), took);
      case REJECTED -> LOG.warn("run {} refused the candidate at {} after {}; {}: {}", run.id(), run.failedStep(), took,
          current, run.error());
      default -> LOG.warn("run {} failed at {} after {}; {}: {}", run.id(), run.failedStep(), took, current,
          run.error());
    }
  }

  /** {@code rule orders.amount.nullValues measured 3, expected = 0; …}. */
  static String failures(List<QualityResult> failed) {
    return failed.stream().limit(5).map(r -> "rule " + r.ruleId() + " " + r.detail())
        .collect(Collectors.joining("; ")) + (failed.size() > 5 ? " (and " + (failed.size() - 5) + " more)" : "");
  }

  /** {@code 5 rules: 4 passed, 1 warned, 0 failed}. */
  static String gateNote(QualityGate.Verdict verdict) {
    List<QualityResult> results = verdict.report().results();
    String note = results.size() + " rule" + (results.size() == 1 ? "" : "s") + ": "
        + count(results, Outcome.PASS) + " passed, " + verdict.warned().size() + " warned, "
        + verdict.failed().size() + " failed";
    if (!verdict.errored().isEmpty()) {
      note += ", " + verdict.errored().size() + " could not be evaluated";
    }
    if (count(results, Outcome.SKIPPED) > 0) {
      note += ", " + count(results, Outcome.SKIPPED) + " skipped";
    }
    return note;
  }

  /** Counts per outcome and every result that did not pass, with its measured value and threshold. */
  static JsonObject gateJson(QualityGate.Verdict verdict) {
    List<QualityResult> results = verdict.report().results();
    JsonObject out = new JsonObject().put("rules", results.size());
    for (Outcome outcome : Outcome.values()) {
      out.put(outcome.word(), count(results, outcome));
    }
    JsonArray notable = new JsonArray();
    results.stream().filter(r -> r.outcome() != Outcome.PASS && r.outcome() != Outcome.SKIPPED)
        .forEach(r -> notable.add(r.toJson()));
    return out.put("results", notable);
  }

  private static long count(List<QualityResult> results, Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }
}
