package io.quanta.runtime.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.PipelineConfig;
import io.quanta.runtime.config.PipelineConfig.QuantumOrigin;
import io.quanta.runtime.config.PipelineConfig.SourceConfig;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.pipeline.gate.GovernanceGate;
import io.quanta.runtime.pipeline.gate.QualityGate;
import io.quanta.runtime.pipeline.publish.ContractGuard;
import io.quanta.runtime.pipeline.publish.Publisher;
import io.quanta.runtime.pipeline.publish.Version;
import io.quanta.runtime.pipeline.publish.Versions;
import io.quanta.runtime.pipeline.runs.RunLedger;
import io.quanta.runtime.pipeline.runs.RunMetrics;
import io.quanta.runtime.pipeline.runs.RunStore;
import io.quanta.runtime.pipeline.source.Sources;
import io.quanta.runtime.pipeline.source.Upstream;
import io.quanta.runtime.pipeline.triggers.CronTrigger;
import io.quanta.runtime.pipeline.triggers.UpstreamWatcher;
import io.quanta.runtime.quality.QualityService;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.schema.Table;
import io.quanta.runtime.storage.Storage;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a managed quantum's pipeline at start, before the server listens: checks the pipeline against the
 * contract, refuses a contract that breaks the published one without a major bump, marks runs a stopped
 * process left as abandoned, drops what they built, and loads the published versions. Everything wrong is
 * found here, with one sentence.
 */
public final class PipelineSetup {

  private static final Logger LOG = LoggerFactory.getLogger(PipelineSetup.class);

  private final PipelineConfig config;
  private final DataContract contract;
  private final Versions versions;
  private final Publisher publisher;
  private final Storage storage;
  private final Lifecycle lifecycle;
  private final QualityService quality;
  private final PipelinePlan plan;
  private final Sources sources;
  private final Vertx vertx;
  private final WorkerExecutor worker;
  private final List<Runnable> stoppers = new ArrayList<>();

  private PipelineSetup(PipelineConfig config, DataContract contract, Versions versions, Storage storage,
      Lifecycle lifecycle, QualityService quality, PipelinePlan plan, Sources sources, Vertx vertx,
      WorkerExecutor worker) {
    this.config = config;
    this.contract = contract;
    this.versions = versions;
    this.publisher = new Publisher(versions, config.keepVersions());
    this.storage = storage;
    this.lifecycle = lifecycle;
    this.quality = quality;
    this.plan = plan;
    this.sources = sources;
    this.vertx = vertx;
    this.worker = worker;
  }

  /** Blocking: call from start-up's worker thread. {@code served} is the contract served (effective). */
  public static Pipeline create(QuantumConfig quantum, DataContract served, Catalog base, Storage storage,
      Lifecycle lifecycle, QualityService quality, MeterRegistry registry, Vertx vertx) throws SQLException {
    PipelineConfig config = quantum.pipeline();
    PipelinePlan plan = PipelinePlan.of(config, base);
    GovernanceGate governance = GovernanceGate.load(config.policies(), quantum.dictionary());
    Versions versions = Versions.managed(served, base, quantum.objects());
    RunStore runs = new RunStore(config.history());
    String contractText = ContractCodec.toYaml(served);
    WorkerExecutor worker = vertx.createSharedWorkerExecutor("quanta-pipeline-" + storage.database(), 2, 7,
        TimeUnit.DAYS);
    PipelineSetup setup = new PipelineSetup(config, served, versions, storage, lifecycle, quality, plan,
        new Sources(quantum.dictionary(), Duration.ofSeconds(config.stallSeconds())), vertx, worker);
    try (Connection c = storage.dataSource().getConnection()) {
      versions.store().ensure(c);
      runs.ensure(c);
      versions.store().newestContract(c).ifPresent(text -> ContractGuard.check(text, served));
      if (RunLock.tryLock(c)) {
        try {
          int abandoned = runs.abandon(c, Clock.systemUTC().instant());
          if (abandoned > 0) {
            LOG.warn("{} run(s) were in progress when the quantum last stopped; marked abandoned (nothing of them"
                + " was published)", abandoned);
          }
          setup.publisher.clean(c, base.tables().stream().map(Table::tableName).toList());
          setup.publisher.dropRetired(c);
        } finally {
          RunLock.unlock(c);
        }
      } else {
        LOG.info("another process of this quantum is running its pipeline; its tables are left alone");
      }
      versions.load(c);
    } catch (SQLException | RuntimeException e) {
      worker.close();
      throw e;
    }
    Optional<Version> current = versions.current();
    current.ifPresent(v -> quality.retarget(versions.currentCatalog().orElseThrow()));
    LOG.info("pipeline: {} source(s), {}; {}", config.sources().size(), plan.transform() == null ? "identity"
        : "transform " + config.transform().getFileName(), current.map(v -> "version " + v.number() + " is current")
        .orElse("no version published yet for contract " + served.version()));
    RunExecutor executor = new RunExecutor(plan, served, contractText, base, versions, setup.publisher, setup.sources,
        new QualityGate(served, quantum.quality().queryTimeoutSeconds(), Clock.systemUTC()), governance, storage,
        Clock.systemUTC());
    return new Pipeline(setup, executor, new RunLedger(runs, storage), new RunMetrics(registry), vertx,
        Clock.systemUTC());
  }

  /** The triggers to arm at start, built for {@code pipeline}. */
  List<Runnable> triggers(Pipeline pipeline) {
    List<Runnable> out = new ArrayList<>();
    if (plan.schedule() != null) {
      CronTrigger cron = new CronTrigger(vertx, plan.schedule(), Clock.systemDefaultZone(),
          () -> pipeline.automatic("schedule", "cron " + plan.schedule().expression()));
      out.add(cron::start);
      stoppers.add(cron::stop);
    }
    Map<String, Upstream> upstreams = new LinkedHashMap<>();
    for (SourceConfig source : config.sources()) {
      if (source.origin() instanceof QuantumOrigin q) {
        upstreams.put(source.name(), sources.upstream(q));
      }
    }
    if (!upstreams.isEmpty()) {
      UpstreamWatcher watcher = new UpstreamWatcher(vertx, worker, upstreams, config.upstreamPollSeconds(),
          () -> versions.current().map(Version::upstreams).orElse(Map.of()),
          (source, detail) -> pipeline.automatic("upstream", detail));
      out.add(watcher::start);
      stoppers.add(watcher::stop);
    }
    return out;
  }

  void stopTriggers() {
    stoppers.forEach(Runnable::run);
  }

  WorkerExecutor worker() {
    return worker;
  }

  PipelineConfig config() {
    return config;
  }

  DataContract contract() {
    return contract;
  }

  Versions versions() {
    return versions;
  }

  Publisher publisher() {
    return publisher;
  }

  Storage storage() {
    return storage;
  }

  Lifecycle lifecycle() {
    return lifecycle;
  }

  QualityService quality() {
    return quality;
  }
}
