package io.quanta.runtime.pipeline;

import io.quanta.runtime.pipeline.runs.Run;
import io.quanta.runtime.pipeline.runs.RunMetrics;
import io.quanta.runtime.quality.QualityEngine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what depends on the current version in step with it: metrics, scheduled quality checks (they
 * measure the current version's tables), the versions a replica that did not publish serves (re-read every
 * {@link #REFRESH_MILLIS}), and the tables of retired versions (dropped {@code retiredGraceSeconds} later).
 */
final class CurrentVersion {

  private static final Logger LOG = LoggerFactory.getLogger(CurrentVersion.class);
  /** How often the published versions are re-read, for replicas of the quantum that did not publish. */
  static final long REFRESH_MILLIS = 5_000;

  private final PipelineSetup setup;
  private final RunMetrics metrics;
  private final Vertx vertx;
  private long timer = -1;
  private volatile boolean stopped;

  CurrentVersion(PipelineSetup setup, RunMetrics metrics, Vertx vertx) {
    this.setup = setup;
    this.metrics = metrics;
    this.vertx = vertx;
    setup.versions().current().ifPresent(v -> metrics.published(v.number(), v.publishedAt()));
  }

  void start() {
    timer = vertx.setPeriodic(REFRESH_MILLIS, t -> refresh());
  }

  void stop() {
    stopped = true;
    vertx.cancelTimer(timer);
  }

  /** After a run published: follow it, drop what it retired later, and record its gate as the latest check. */
  Future<Void> published(Run run, QualityEngine.Report gate) {
    switched();
    vertx.setTimer(Math.max(1, setup.config().retiredGraceSeconds() * 1000L), t -> dropRetired());
    return setup.quality().recordGate(run.id(), run.startedAt(), gate).<Void>mapEmpty()
        .recover(e -> {
          LOG.warn("run {}: the quality gate's results could not be recorded: {}", run.id(), e.toString());
          return Future.succeededFuture();
        });
  }

  private void switched() {
    setup.versions().current().ifPresent(v -> {
      metrics.published(v.number(), v.publishedAt());
      setup.quality().retarget(setup.versions().currentCatalog().orElseThrow());
    });
  }

  private void refresh() {
    if (stopped) {
      return;
    }
    setup.storage().call(c -> setup.versions().refresh(c))
        .onSuccess(changed -> {
          if (changed) {
            LOG.info("published versions changed elsewhere; readers now get {}", setup.versions().current()
                .map(v -> "version " + v.number()).orElse("no version"));
            switched();
          }
        })
        .onFailure(e -> LOG.debug("versions not refreshed: {}", e.toString()));
  }

  private void dropRetired() {
    if (!stopped) {
      setup.storage().call(setup.publisher()::dropRetired)
          .onFailure(e -> LOG.info("retired versions are dropped later: {}", e.toString()));
    }
  }
}
