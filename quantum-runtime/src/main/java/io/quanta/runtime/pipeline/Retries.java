package io.quanta.runtime.pipeline;

import io.quanta.runtime.config.PipelineConfig.RetryConfig;
import io.quanta.runtime.pipeline.runs.Run;
import io.quanta.runtime.pipeline.runs.StepFailure;
import io.quanta.runtime.registry.Backoff;
import io.vertx.core.Vertx;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries of runs that failed for a reason that may pass (a source or the storage unreachable): up to
 * {@code retry.attempts} in a row, each after an exponential backoff with jitter. Any other ending resets
 * the count; any run that starts cancels a pending retry.
 */
final class Retries {

  private static final Logger LOG = LoggerFactory.getLogger(Retries.class);

  private final Vertx vertx;
  private final RetryConfig config;
  private final Backoff backoff;
  private int failures;
  private long timer = -1;

  Retries(Vertx vertx, RetryConfig config) {
    this.vertx = vertx;
    this.config = config;
    this.backoff = Backoff.of(config.delaySeconds() * 1000L, config.maxDelaySeconds() * 1000L);
  }

  /** After a run ended: schedules {@code retry} with a detail sentence when the failure is worth retrying. */
  synchronized void ended(Run run, StepFailure failure, Consumer<String> retry) {
    if (failure == null || !failure.kind().retried()) {
      failures = 0;
      return;
    }
    failures++;
    if (failures > config.attempts()) {
      if (config.attempts() > 0) {
        LOG.warn("run {} failed {} times in a row; no more retries until the next trigger", run.id(), failures);
      }
      failures = 0;
      return;
    }
    long delay = backoff.delayMillis(failures);
    LOG.info("run {} is retried in {} s (attempt {} of {})", run.id(), Math.round(delay / 1000.0), failures,
        config.attempts());
    String detail = "after run " + run.id() + " failed (attempt " + failures + " of " + config.attempts() + ")";
    timer = vertx.setTimer(delay, t -> retry.accept(detail));
  }

  synchronized void cancel() {
    vertx.cancelTimer(timer);
  }
}
