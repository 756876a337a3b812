package io.quanta.runtime.quality;

import io.micrometer.core.instrument.MeterRegistry;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.QuantumConfig.QualityConfig;
import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.quality.ObjectPlan.Unrunnable;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.storage.Storage;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs quality checks for a quantum: on its schedules and on demand, one at a time (a trigger while a
 * check runs joins it), on the storage worker pool, never on an event loop; and answers what the
 * latest checks found.
 *
 * <pre>{@code curl -X POST http://localhost:8081/control/quality-checks}</pre>
 */
public final class QualityService {

  private static final Logger LOG = LoggerFactory.getLogger(QualityService.class);
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  /** An object's exact row count, as the latest check's scan counted it. */
  public record RowCount(long rows, Instant countedAt) {
  }

  /** A check and its results (none while it runs). */
  public record CheckView(CheckRun check, List<QualityResult> results) {
  }

  /** The latest results per rule, with the checks around them. */
  public record Results(CheckRun lastCheck, CheckRun running, List<QualityResult> results) {
  }

  private record Active(CheckRun run, Future<CheckRun> done) {
  }

  private final QualityStore store;
  private final Storage storage;
  private final QualityScheduler scheduler;
  private final Clock clock;
  private final QualityConfig config;
  private final QualityMetrics metrics;
  private final Map<String, Integer> order = new HashMap<>();
  private volatile QualityPlan plan;
  private volatile CheckExecutor executor;
  private DataContract contract;
  private final Map<String, CheckRun> unrecorded = new LinkedHashMap<>();
  private Active running;

  QualityService(QualityPlan plan, QualityConfig config, List<CronSchedule> schedules, Storage storage,
      Lifecycle lifecycle, MeterRegistry registry, Vertx vertx, Clock clock) {
    this.plan = plan;
    this.store = new QualityStore(config.historySize());
    this.storage = storage;
    this.clock = clock;
    this.config = config;
    plan.rules().forEach(r -> order.putIfAbsent(r.id(), order.size()));
    this.metrics = new QualityMetrics(registry);
    this.executor = executor(plan);
    this.scheduler = new QualityScheduler(vertx, schedules, clock, () -> lifecycle.current().state(),
        () -> trigger("schedule"), metrics::skipped);
  }

  /** Compiles the contract's rules; a wrong {@code quality.schedule} is a config error. */
  public static QualityService create(QualityConfig config, DataContract contract, Catalog catalog, Storage storage,
      Lifecycle lifecycle, MeterRegistry registry, Vertx vertx) {
    QualityService service = new QualityService(QualityPlanner.plan(contract, catalog), config,
        QualitySchedules.of(config.schedule(), contract), storage, lifecycle, registry, vertx, Clock.systemDefaultZone());
    service.contract = contract;
    return service;
  }

  /**
   * Points checks at other tables holding the same objects: a managed quantum's published version, which
   * changes at every publish. A check already running finishes on the tables it started with.
   */
  public void retarget(Catalog published) {
    QualityPlan next = QualityPlanner.plan(contract, published);
    synchronized (this) {
      plan = next;
      executor = executor(next);
    }
  }

  /**
   * Records the results the pipeline's quality gate measured on a version it then published, as a finished
   * check triggered by {@code pipeline}: they are the latest results of the data now served.
   */
  public Future<CheckRun> recordGate(String checkId, Instant startedAt, QualityEngine.Report report) {
    CheckRun run = new CheckRun(checkId, "pipeline", CheckRun.Status.RUNNING, startedAt, null, 0, null);
    return executor.record(run, report);
  }

  private CheckExecutor executor(QualityPlan compiled) {
    return new CheckExecutor(compiled, new QualityEngine(config.queryTimeoutSeconds(), clock), store, storage,
        metrics, clock, order.keySet());
  }

  /** Arms the schedules and says, once, what will be checked and what cannot be. */
  public void start() {
    List<PlannedRule> rules = plan.rules();
    LOG.info("quality: {} rules, {} statements per check, schedules {}", rules.size(), plan.statements(),
        scheduler.expressions().isEmpty() ? "none (on demand only)" : scheduler.expressions());
    plan.objects().forEach(o -> o.unrunnable().stream().filter(u -> u.outcome() == Outcome.ERROR)
        .forEach((Unrunnable u) -> LOG.warn("quality rule {} cannot run: {}", u.rule().id(), u.detail())));
    scheduler.start();
  }

  public void stop() {
    scheduler.stop();
  }

  /** Starts a check, or returns the one already running. */
  public CheckRun trigger(String triggeredBy) {
    synchronized (this) {
      if (running != null) {
        return running.run();
      }
      Instant started = clock.instant();
      String id = ID_TIME.format(started) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000,
          0xFFFFFF));
      CheckRun run = new CheckRun(id, triggeredBy, CheckRun.Status.RUNNING, started, null, 0, null);
      Future<CheckRun> done = executor.execute(run)
          .onComplete(r -> ended(r.result()));
      running = new Active(run, done);
      return run;
    }
  }

  /** Completes when the check ends (running or not); a check this process does not know fails. */
  public Future<CheckRun> completion(String checkId) {
    synchronized (this) {
      if (running != null && running.run().checkId().equals(checkId)) {
        return running.done();
      }
    }
    return check(checkId).compose(view -> view.isPresent() ? Future.succeededFuture(view.get().check())
        : Future.failedFuture(new IllegalArgumentException("no quality check " + checkId)));
  }

  /** One check with its results, if it is known. */
  public Future<Optional<CheckView>> check(String checkId) {
    synchronized (this) {
      if (running != null && running.run().checkId().equals(checkId)) {
        return Future.succeededFuture(Optional.of(new CheckView(running.run(), List.of())));
      }
      if (unrecorded.containsKey(checkId)) {
        return Future.succeededFuture(Optional.of(new CheckView(unrecorded.get(checkId), List.of())));
      }
    }
    return storage.call(c -> {
      Optional<CheckRun> check = store.check(c, checkId);
      return check.isEmpty() ? Optional.<CheckView>empty()
          : Optional.of(new CheckView(check.get(), sorted(store.ofCheck(c, checkId))));
    });
  }

  /** The last {@code history} results of every rule of the contract, and the latest and running checks. */
  public Future<Results> results(int history) {
    CheckRun now = running().orElse(null);
    return storage.call(c -> new Results(newest(store.check(c, null).orElse(null)), now,
        sorted(store.latest(c, history))));
  }

  public Optional<CheckRun> running() {
    synchronized (this) {
      return running == null ? Optional.empty() : Optional.of(running.run());
    }
  }

  /** Each object's exact row count from the latest check of this process; empty before the first. */
  public Map<String, RowCount> rowCounts() {
    return executor.rowCounts();
  }

  public List<String> schedules() {
    return scheduler.expressions();
  }

  public Optional<Instant> nextScheduledCheck() {
    return scheduler.nextCheck();
  }

  public QualityPlan plan() {
    return plan;
  }

  private void ended(CheckRun run) {
    synchronized (this) {
      if (running != null && running.run().checkId().equals(run.checkId())) {
        running = null;
      }
      if (run.status() == CheckRun.Status.FAILED) {
        unrecorded.put(run.checkId(), run);
        while (unrecorded.size() > 20) {
          unrecorded.remove(unrecorded.keySet().iterator().next());
        }
      }
    }
  }

  /** The newer of the newest recorded check and the newest check that failed before it could be recorded. */
  private CheckRun newest(CheckRun recorded) {
    synchronized (this) {
      CheckRun last = unrecorded.values().stream().reduce((a, b) -> b).orElse(null);
      if (last == null || recorded != null && !recorded.startedAt().isBefore(last.startedAt())) {
        return recorded;
      }
      return last;
    }
  }

  /** Current rules only, in contract order, newest first within a rule. */
  private List<QualityResult> sorted(List<QualityResult> results) {
    return results.stream().filter(r -> order.containsKey(r.ruleId()))
        .sorted(Comparator.comparing((QualityResult r) -> order.get(r.ruleId()))
            .thenComparing(QualityResult::checkedAt, Comparator.reverseOrder()))
        .toList();
  }
}
