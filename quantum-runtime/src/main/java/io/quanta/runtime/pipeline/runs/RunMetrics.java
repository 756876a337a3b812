package io.quanta.runtime.pipeline.runs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pipeline in Prometheus terms: {@code quanta_pipeline_runs_total} by trigger and outcome,
 * {@code quanta_pipeline_run_duration_seconds} by outcome, {@code quanta_pipeline_rows_total} by direction
 * (in: read from sources, out: published), {@code quanta_pipeline_running}, {@code quanta_pipeline_published_version}
 * and {@code quanta_pipeline_last_publish_timestamp_seconds}, and {@code quanta_pipeline_runs_skipped_total}
 * for scheduled or upstream runs skipped by the lifecycle state.
 */
public final class RunMetrics {

  private final MeterRegistry registry;
  private final AtomicLong running = new AtomicLong();
  private final AtomicLong version = new AtomicLong(Double.doubleToLongBits(Double.NaN));
  private final AtomicLong lastPublish = new AtomicLong(Double.doubleToLongBits(Double.NaN));

  public RunMetrics(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("quanta_pipeline_running", running, AtomicLong::get)
        .description("1 while a pipeline run is in progress").register(registry);
    Gauge.builder("quanta_pipeline_published_version", version, v -> Double.longBitsToDouble(v.get()))
        .description("The version readers get now").register(registry);
    Gauge.builder("quanta_pipeline_last_publish_timestamp_seconds", lastPublish, v -> Double.longBitsToDouble(v.get()))
        .description("When the current version was published (Unix time)").register(registry);
  }

  public void started() {
    running.set(1);
  }

  public void ended(Run run) {
    running.set(0);
    Counter.builder("quanta_pipeline_runs").description("Pipeline runs, by trigger and outcome")
        .tag("trigger", run.trigger()).tag("outcome", run.outcome().word()).register(registry).increment();
    Timer.builder("quanta_pipeline_run_duration").description("How long pipeline runs took, by outcome")
        .tag("outcome", run.outcome().word()).register(registry)
        .record(Duration.between(run.startedAt(), run.finishedAt()));
    rows("in", run.rowsIn());
    if (run.outcome() == Run.Outcome.PUBLISHED) {
      rows("out", run.rowsOut());
    }
  }

  /** The version readers get now, and when it was published. */
  public void published(long number, java.time.Instant at) {
    version.set(Double.doubleToLongBits(number));
    lastPublish.set(Double.doubleToLongBits(at.toEpochMilli() / 1000.0));
  }

  public void skipped(String trigger, String state) {
    Counter.builder("quanta_pipeline_runs_skipped")
        .description("Scheduled or upstream-triggered runs skipped because of the lifecycle state")
        .tag("trigger", trigger).tag("state", state).register(registry).increment();
  }

  private void rows(String direction, Long rows) {
    if (rows != null && rows > 0) {
      Counter.builder("quanta_pipeline_rows").description("Rows read from sources (in) and published (out)")
          .tag("direction", direction).register(registry).increment(rows);
    }
  }
}
