package io.quanta.runtime.quality;

import io.quanta.runtime.quality.QualityService.RowCount;
import io.quanta.runtime.storage.Storage;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries one check through: measure on a worker (read-only), store results and trim history, update the
 * metrics and the row counts. Never fails: a check that cannot complete ends {@code failed}, with a
 * detail that names no internals (the log has the cause).
 */
final class CheckExecutor {

  private static final Logger LOG = LoggerFactory.getLogger(CheckExecutor.class);

  private final QualityPlan plan;
  private final QualityEngine engine;
  private final QualityStore store;
  private final Storage storage;
  private final QualityMetrics metrics;
  private final Clock clock;
  private final Collection<String> ruleIds;
  private volatile Map<String, RowCount> rowCounts = Map.of();

  CheckExecutor(QualityPlan plan, QualityEngine engine, QualityStore store, Storage storage, QualityMetrics metrics,
      Clock clock, Collection<String> ruleIds) {
    this.plan = plan;
    this.engine = engine;
    this.store = store;
    this.storage = storage;
    this.metrics = metrics;
    this.clock = clock;
    this.ruleIds = ruleIds;
  }

  Future<CheckRun> execute(CheckRun run) {
    return storage.call(c -> engine.run(c, plan, run.checkId()))
        .compose(report -> record(run, report))
        .recover(e -> {
          LOG.warn("quality check {} failed: {}", run.checkId(), e.toString());
          CheckRun failed = run.failed(clock.instant(), Storage.isUnavailable(e)
              ? "the storage could not be reached; the check did not complete"
              : "the check could not complete; the logs say why");
          metrics.checked(failed, List.of());
          return Future.succeededFuture(failed);
        });
  }

  /** Stores a measured check's results, then updates row counts and metrics. */
  Future<CheckRun> record(CheckRun run, QualityEngine.Report report) {
    CheckRun finished = run.finished(clock.instant(), report.statements());
    return storage.call(c -> {
      store.save(c, finished, report.results(), ruleIds);
      return finished;
    }).onSuccess(f -> {
      Map<String, RowCount> counts = new LinkedHashMap<>();
      report.rows().forEach((object, rows) -> counts.put(object, new RowCount(rows, f.finishedAt())));
      rowCounts = Map.copyOf(counts);
      metrics.checked(f, report.results());
    });
  }

  Map<String, RowCount> rowCounts() {
    return rowCounts;
  }
}
