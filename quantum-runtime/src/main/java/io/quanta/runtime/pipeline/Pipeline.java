package io.quanta.runtime.pipeline;

import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.pipeline.publish.Publisher;
import io.quanta.runtime.pipeline.publish.Version;
import io.quanta.runtime.pipeline.publish.Versions;
import io.quanta.runtime.pipeline.runs.Run;
import io.quanta.runtime.pipeline.runs.Run.Outcome;
import io.quanta.runtime.pipeline.runs.RunMetrics;
import io.quanta.runtime.pipeline.runs.RunProgress;
import io.quanta.runtime.pipeline.runs.RunStore;
import io.quanta.runtime.pipeline.runs.StepFailure;
import io.quanta.runtime.quality.QualityService;
import io.quanta.runtime.registry.Backoff;
import io.quanta.runtime.storage.Storage;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managed pipeline of a quantum: one run at a time (a trigger while one runs joins it), each run
 * executed on its own worker thread, recorded in {@code _quanta_runs}, logged as it progresses, counted in
 * metrics, retried with backoff when it failed for a reason that may pass. Built by {@link PipelineSetup}.
 *
 * <pre>{@code curl -X POST -H "Authorization: Bearer $OWNER" http://localhost:8081/control/runs}</pre>
 */
public final class Pipeline {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  /** Retired tables are dropped this long after the publish that retired them, so reads in flight finish. */
  static final long DROP_DELAY_MILLIS = 30_000;

  /** A run in progress and its completion. */
  private record Active(Run run, RunProgress progress, Promise<Run> done) {
  }

  /** A trigger's answer: the run, and whether the trigger joined one already running. */
  public record Triggered(Run run, boolean joined) {
  }

  private final PipelineSetup setup;
  private final RunExecutor executor;
  private final RunStore store;
  private final RunMetrics metrics;
  private final Vertx vertx;
  private final WorkerExecutor worker;
  private final Clock clock;
  private final Backoff backoff;
  private final Map<String, Run> unrecorded = new LinkedHashMap<>();
  private Active active;
  private int transientFailures;
  private long retryTimer = -1;
  private volatile boolean stopped;

  Pipeline(PipelineSetup setup, RunExecutor executor, RunStore store, RunMetrics metrics, Vertx vertx,
      WorkerExecutor worker, Clock clock) {
    this.setup = setup;
    this.executor = executor;
    this.store = store;
    this.metrics = metrics;
    this.vertx = vertx;
    this.worker = worker;
    this.clock = clock;
    var retry = setup.config().retry();
    this.backoff = Backoff.of(retry.delaySeconds() * 1000L, retry.maxDelaySeconds() * 1000L);
    setup.versions().current().ifPresent(v -> metrics.published(v.number(), v.publishedAt()));
  }

  public Versions versions() {
    return setup.versions();
  }

  /** Arms the schedule and the upstream watcher; runs now when nothing the contract can serve is published. */
  public void start() {
    setup.triggers(this).forEach(Runnable::run);
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
    Future<Run> running;
    synchronized (this) {
      vertx.cancelTimer(retryTimer);
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
      vertx.cancelTimer(retryTimer);
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
      record(run)
          .compose(v -> worker.executeBlocking(() -> executor.execute(id, progress), false))
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

  /** Completes when the run ends; a run this process does not know fails. */
  public Future<Run> completion(String id) {
    synchronized (this) {
      if (active != null && active.run().id().equals(id)) {
        return active.done().future();
      }
    }
    return run(id).compose(r -> r.isPresent() ? Future.succeededFuture(r.get())
        : Future.failedFuture(new IllegalArgumentException("no run " + id)));
  }

  /** The newest runs first (the one in progress too). */
  public Future<List<Run>> runs(int limit) {
    Optional<Run> now = running();
    return setup.storage().call(c -> store.newest(c, limit)).map(stored -> {
      List<Run> out = new ArrayList<>();
      now.ifPresent(out::add);
      synchronized (this) {
        unrecorded.values().forEach(out::add);
      }
      stored.stream().filter(r -> out.stream().noneMatch(o -> o.id().equals(r.id()))).forEach(out::add);
      out.sort((a, b) -> b.startedAt().compareTo(a.startedAt()));
      return out.size() > limit ? out.subList(0, limit) : out;
    });
  }

  /** One run, live when it is in progress. */
  public Future<Optional<Run>> run(String id) {
    Optional<Run> now = running().filter(r -> r.id().equals(id));
    if (now.isPresent()) {
      return Future.succeededFuture(now);
    }
    synchronized (this) {
      if (unrecorded.containsKey(id)) {
        return Future.succeededFuture(Optional.of(unrecorded.get(id)));
      }
    }
    return setup.storage().call(c -> store.get(c, id));
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
    log(ended);
    metrics.ended(ended);
    Future<Void> after = Future.succeededFuture();
    if (outcome == Outcome.PUBLISHED) {
      after = published(ended, result);
    }
    after.eventually(() -> record(ended)).onComplete(r -> {
      synchronized (this) {
        active.done().complete(ended);
        active = null;
      }
      retry(ended, failure);
    });
  }

  private Future<Void> published(Run run, RunExecutor.Result result) {
    setup.versions().current().ifPresent(v -> {
      metrics.published(v.number(), v.publishedAt());
      setup.quality().retarget(setup.versions().currentCatalog().orElseThrow());
    });
    vertx.setTimer(DROP_DELAY_MILLIS, t -> dropRetired());
    return setup.quality().recordGate(run.id(), run.startedAt(), result.gate().report()).<Void>mapEmpty()
        .recover(e -> {
          LOG.warn("run {}: the quality gate's results could not be recorded: {}", run.id(), e.toString());
          return Future.succeededFuture();
        });
  }

  void dropRetired() {
    if (stopped) {
      return;
    }
    Publisher publisher = setup.publisher();
    setup.storage().call(publisher::dropRetired)
        .onFailure(e -> LOG.info("retired versions are dropped later: {}", e.toString()));
  }

  private void retry(Run run, StepFailure failure) {
    var config = setup.config().retry();
    if (failure == null || !failure.kind().retried()) {
      transientFailures = 0;
      return;
    }
    transientFailures++;
    if (stopped || transientFailures > config.attempts()) {
      if (config.attempts() > 0 && !stopped) {
        LOG.warn("run {} failed {} times in a row; no more retries until the next trigger", run.id(),
            transientFailures);
      }
      transientFailures = 0;
      return;
    }
    long delay = backoff.delayMillis(transientFailures);
    LOG.info("run {} is retried in {} s (attempt {} of {})", run.id(), Math.round(delay / 1000.0), transientFailures,
        config.attempts());
    String detail = "after run " + run.id() + " failed (attempt " + transientFailures + " of " + config.attempts() + ")";
    synchronized (this) {
      retryTimer = vertx.setTimer(delay, t -> {
        if (!stopped) {
          trigger("retry", detail);
        }
      });
    }
  }

  /** Writes a run; one that cannot be written now is kept in memory and written with the next. */
  private Future<Void> record(Run run) {
    List<Run> pending;
    synchronized (this) {
      pending = new ArrayList<>(unrecorded.values());
      unrecorded.remove(run.id());
    }
    return setup.storage().call(c -> {
      for (Run earlier : pending) {
        store.save(c, earlier);
      }
      store.save(c, run);
      store.trim(c);
      return null;
    }).<Void>mapEmpty().onSuccess(v -> {
      synchronized (this) {
        pending.forEach(p -> unrecorded.remove(p.id()));
      }
    }).recover(e -> {
      synchronized (this) {
        unrecorded.put(run.id(), run);
        while (unrecorded.size() > 50) {
          unrecorded.remove(unrecorded.keySet().iterator().next());
        }
      }
      LOG.debug("run {} not recorded yet: {}", run.id(), e.toString());
      return Future.succeededFuture();
    });
  }

  private static String current(Run run) {
    return run.version() == null ? "nothing is published yet" : "version " + run.version() + " stays current";
  }

  private static void log(Run run) {
    String took = String.format("%.1f s", java.time.Duration.between(run.startedAt(), run.finishedAt()).toMillis()
        / 1000.0);
    switch (run.outcome()) {
      case PUBLISHED -> LOG.info("run {} published version {}: {} rows in, {} rows out, in {}", run.id(), run.version(),
          run.rowsIn(), run.rowsOut(), took);
      case REJECTED -> LOG.warn("run {} refused the candidate at {} after {}; {}: {}", run.id(), run.failedStep(), took,
          current(run), run.error());
      default -> LOG.warn("run {} failed at {} after {}; {}: {}", run.id(), run.failedStep(), took, current(run),
          run.error());
    }
  }
}
