package io.quanta.runtime.pipeline;

import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.pipeline.publish.Version;
import io.quanta.runtime.pipeline.publish.Versions;
import io.quanta.runtime.pipeline.runs.Run;
import io.quanta.runtime.pipeline.runs.Run.Outcome;
import io.quanta.runtime.pipeline.runs.RunLedger;
import io.quanta.runtime.pipeline.runs.RunMetrics;
import io.quanta.runtime.pipeline.runs.RunProgress;
import io.quanta.runtime.pipeline.runs.StepFailure;
import io.quanta.runtime.storage.Storage;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managed pipeline of a quantum: one run at a time (a trigger while one runs joins it), each run
 * executed on its own worker thread, recorded, logged as it progresses, counted in metrics, and retried
 * with backoff when it failed for a reason that may pass. Built by {@link PipelineSetup}.
 *
 * <pre>{@code curl -X POST -H "Authorization: Bearer $OWNER" http://localhost:8081/control/runs}</pre>
 */
public final class Pipeline {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  /** A run in progress and its completion. */
  private record Active(Run run, RunProgress progress, Promise<Run> done) {
  }

  /** A trigger's answer: the run, and whether the trigger joined one already running. */
  public record Triggered(Run run, boolean joined) {
  }

  private final PipelineSetup setup;
  private final RunExecutor executor;
  private final RunLedger ledger;
  private final RunMetrics metrics;
  private final Vertx vertx;
  private final Clock clock;
  private final Retries retries;
  private final CurrentVersion current;
  private Active active;
  private volatile boolean stopped;

  Pipeline(PipelineSetup setup, RunExecutor executor, RunLedger ledger, RunMetrics metrics, Vertx vertx,
      Clock clock) {
    this.setup = setup;
    this.executor = executor;
    this.ledger = ledger;
    this.metrics = metrics;
    this.vertx = vertx;
    this.clock = clock;
    this.retries = new Retries(vertx, setup.config().retry());
    this.current = new CurrentVersion(setup, metrics, vertx);
  }

  public Versions versions() {
    return setup.versions();
  }

  /** Arms the triggers; runs now when nothing the contract can serve is published. */
  public void start() {
    setup.triggers(this).forEach(Runnable::run);
    current.start();
    if (setup.config().runOnStart() && setup.versions().current().isEmpty()) {
      trigger("start", "no version is published for contract " + setup.contract().version());
    }
  }

  /**
   * Stops triggers, asks a run in progress to stop, and waits for it at most {@code graceMillis}; a run
   * still going then is abandoned with the process (nothing of it is published, the next start cleans up).
   */
  public Future<Void> stop(long graceMillis) {
    stopped = true;
    setup.stopTriggers();
    current.stop();
    retries.cancel();
    Future<Run> running;
    synchronized (this) {
      running = active == null ? null : active.done().future();
      if (active != null) {
        active.progress().cancel();
      }
    }
    if (running == null) {
      return setup.worker().close();
    }
    Promise<Void> stoppedOrLate = Promise.promise();
    long timer = vertx.setTimer(Math.max(1, graceMillis), t -> stoppedOrLate.tryComplete());
    running.onComplete(r -> {
      vertx.cancelTimer(timer);
      stoppedOrLate.tryComplete();
    });
    return stoppedOrLate.future().eventually(() -> setup.worker().close());
  }

  /** Starts a run, or joins the one in progress. */
  public Triggered trigger(String kind, String detail) {
    synchronized (this) {
      if (active != null) {
        return new Triggered(active.run().withSteps(active.progress().steps()), true);
      }
      retries.cancel();
      Instant started = clock.instant();
      String id = ID_TIME.format(started) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000,
          0xFFFFFF));
      Run run = new Run(id, kind, detail, Outcome.RUNNING, started, null,
          setup.versions().current().map(Version::number).orElse(null), null, null, null, null, List.of(), null,
          Map.of());
      RunProgress progress = new RunProgress(clock);
      active = new Active(run, progress, Promise.promise());
      LOG.info("run {} started ({}: {})", id, kind, detail);
      metrics.started();
      long ticker = vertx.setPeriodic(setup.config().progressSeconds() * 1000L, t -> {
        String now = progress.describe();
        if (now != null) {
          LOG.info("run {}: {}", id, now);
        }
      });
      ledger.record(run)
          .compose(v -> setup.worker().executeBlocking(() -> executor.execute(id, progress), false))
          .onComplete(done -> {
            vertx.cancelTimer(ticker);
            finish(run, progress, done.succeeded() ? done.result() : null, done.cause());
          });
      return new Triggered(run, false);
    }
  }

  /**
   * A trigger that the lifecycle state may stop (schedule, upstream): skipped while paused or retired.
   * True when a run started or was joined.
   */
  boolean automatic(String kind, String detail) {
    Lifecycle.State state = setup.lifecycle().current().state();
    if (stopped) {
      return false;
    }
    if (state == Lifecycle.State.PAUSED || state == Lifecycle.State.RETIRED) {
      LOG.info("{} run skipped ({}): the quantum is {}", kind, detail, state.word());
      metrics.skipped(kind, state.word());
      return false;
    }
    trigger(kind, detail);
    return true;
  }

  /** The run in progress, with its live steps. */
  public Optional<Run> running() {
    synchronized (this) {
      return active == null ? Optional.empty() : Optional.of(active.run().withSteps(active.progress().steps()));
    }
  }

  /** The newest runs first (the one in progress too). */
  public Future<List<Run>> runs(int limit) {
    return ledger.newest(limit, running());
  }

  /** One run, live when it is in progress. */
  public Future<Optional<Run>> run(String id) {
    Optional<Run> now = running().filter(r -> r.id().equals(id));
    return now.isPresent() ? Future.succeededFuture(now) : ledger.get(id);
  }

  private void finish(Run started, RunProgress progress, RunExecutor.Result result, Throwable crash) {
    if (result == null) {
      LOG.error("run {} could not be carried out", started.id(), crash);
      result = new RunExecutor.Result(null, null, null, new StepFailure("start", StepFailure.Kind.TRANSIENT,
          "the run could not start: " + (Storage.isUnavailable(crash) ? "the storage cannot be reached"
              : "the logs say why")), Map.of(), 0, 0);
    }
    StepFailure failure = result.failure();
    Outcome outcome = failure == null ? Outcome.PUBLISHED
        : failure.kind() == StepFailure.Kind.MISFIT || failure.kind() == StepFailure.Kind.REJECTED ? Outcome.REJECTED
        : Outcome.FAILED;
    Long version = failure == null ? result.version()
        : setup.versions().current().map(Version::number).orElse(null);
    Run ended = started.ended(outcome, clock.instant(), version, result.rowsIn(),
        failure == null ? result.rowsOut() : null, failure, progress.steps(),
        result.gate() == null ? null : PipelineReports.gateJson(result.gate()), result.upstreams());
    PipelineReports.log(ended);
    metrics.ended(ended);
    Future<Void> after = outcome == Outcome.PUBLISHED ? current.published(ended, result.gate().report())
        : Future.succeededFuture();
    after.onComplete(r -> {
      Promise<Run> done;
      synchronized (this) {
        // Readable at once; a trigger from now on starts a new run.
        ledger.remember(ended);
        done = active.done();
        active = null;
      }
      done.complete(ended);
      retries.ended(ended, failure, detail -> {
        if (!stopped) {
          trigger("retry", detail);
        }
      });
      ledger.record(ended);
    });
  }
}
