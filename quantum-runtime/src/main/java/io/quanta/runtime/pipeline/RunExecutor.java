package io.quanta.runtime.pipeline;

import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.PipelineConfig.QuantumOrigin;
import io.quanta.runtime.config.PipelineConfig.SourceConfig;
import io.quanta.runtime.pipeline.gate.GovernanceGate;
import io.quanta.runtime.pipeline.gate.QualityGate;
import io.quanta.runtime.pipeline.publish.Publisher;
import io.quanta.runtime.pipeline.publish.Version;
import io.quanta.runtime.pipeline.publish.Version.ObjectVersion;
import io.quanta.runtime.pipeline.publish.Versions;
import io.quanta.runtime.pipeline.runs.RunProgress;
import io.quanta.runtime.pipeline.runs.StepFailure;
import io.quanta.runtime.pipeline.runs.StepFailure.Kind;
import io.quanta.runtime.pipeline.source.HttpInput;
import io.quanta.runtime.pipeline.source.Sources;
import io.quanta.runtime.pipeline.source.TransportException;
import io.quanta.runtime.pipeline.staging.Stager;
import io.quanta.runtime.pipeline.transform.Transformer;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.schema.Table;
import io.quanta.runtime.storage.Storage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries one run through, blocking, on a worker thread: governance, candidate tables for the next version,
 * each source staged, the transform, the quality gate, the publish. Any stop leaves the current version as
 * it was and drops what the run built. The run's connection takes a database-wide lock so that replicas of
 * the quantum never run the pipeline at the same time, and is discarded afterwards (it has session settings).
 */
final class RunExecutor {

  private static final Logger LOG = LoggerFactory.getLogger(RunExecutor.class);

  /** What a run came to. */
  record Result(Long version, QualityGate.Verdict gate, String governanceNote, StepFailure failure,
      Map<String, Long> upstreams, long rowsIn, long rowsOut) {
  }

  private final PipelinePlan plan;
  private final DataContract contract;
  private final String contractText;
  private final Catalog base;
  private final Versions versions;
  private final Publisher publisher;
  private final Sources sources;
  private final QualityGate quality;
  private final GovernanceGate governance;
  private final RunTables tables;
  private final Clock clock;

  RunExecutor(PipelinePlan plan, DataContract contract, String contractText, Catalog base, Versions versions,
      Publisher publisher, Sources sources, QualityGate quality, GovernanceGate governance, Storage storage,
      Clock clock) {
    this.plan = plan;
    this.contract = contract;
    this.contractText = contractText;
    this.base = base;
    this.versions = versions;
    this.publisher = publisher;
    this.sources = sources;
    this.quality = quality;
    this.governance = governance;
    this.tables = new RunTables(storage, plan, base);
    this.clock = clock;
  }

  /** Runs to the end; never throws: a stop is the result's failure. */
  Result execute(String runId, RunProgress progress) {
    Attempt attempt = new Attempt(runId, progress);
    try {
      attempt.run();
    } catch (StepFailure e) {
      attempt.failure = e;
    } catch (RuntimeException e) {
      LOG.error("run {} stopped on an unexpected error", runId, e);
      attempt.failure = new StepFailure(progress.steps().isEmpty() ? "start" : "run", Kind.ERROR,
          "the run stopped on an unexpected error; the logs say more under run " + runId);
    }
    return new Result(attempt.failure == null ? attempt.version : null, attempt.verdict, attempt.governanceNote,
        attempt.failure, attempt.upstreams, attempt.rowsIn, attempt.rowsOut);
  }

  /** The state of one run while it executes. */
  private final class Attempt {
    final String runId;
    final RunProgress progress;
    final Map<String, Long> upstreams = new LinkedHashMap<>();
    final Map<String, Table> candidates = new LinkedHashMap<>();
    final Map<String, Long> loaded = new LinkedHashMap<>();
    Long version;
    QualityGate.Verdict verdict;
    String governanceNote;
    StepFailure failure;

    long rowsIn;
    long rowsOut;

    Attempt(String runId, RunProgress progress) {
      this.runId = runId;
      this.progress = progress;
    }

    void run() throws StepFailure {
      governance();
      Connection c = connect();
      boolean published = false;
      try {
        lock(c);
        prepare(c);
        for (SourceConfig source : plan.config().sources()) {
          stage(c, source);
        }
        transform(c);
        Catalog candidate = gate(c);
        publish(c, candidate);
        published = true;
      } catch (SQLException e) {
        throw storageFailure(e, "the storage failed during the run");
      } finally {
        tables.release(c);
        if (!published) {
          tables.discard(candidates.values(), runId);
        }
      }
    }

    void governance() throws StepFailure {
      progress.begin("governance", contract.id());
      GovernanceGate.Decision decision = governance.check(contract);
      if (decision.blocks()) {
        throw new StepFailure("governance", Kind.REJECTED, "governance refuses to publish contract " + contract.id()
            + " " + contract.version() + ": " + decision.errors());
      }
      governanceNote = decision.report().isEmpty() ? "no policies apply"
          : decision.report().get().summary() + (decision.globalIncluded() ? "" : " (this quantum's own policies only)")
              + (decision.warnings() == null ? "" : "; " + decision.warnings());
      progress.end(null, null, governanceNote);
    }

    Connection connect() throws StepFailure {
      try {
        return tables.connect();
      } catch (SQLException e) {
        throw storageFailure(e, "cannot start the run");
      }
    }

    /** A lock held by the run's session: it goes when the connection does, whatever happens to the run. */
    void lock(Connection c) throws SQLException, StepFailure {
      if (!RunLock.tryLock(c)) {
        throw new StepFailure("start", Kind.ERROR, "another process of this quantum is running its pipeline on"
            + " the same database; one runs at a time");
      }
    }

    void prepare(Connection c) throws SQLException {
      progress.begin("prepare", null);
      publisher.clean(c, base.tables().stream().map(Table::tableName).toList());
      version = versions.store().nextNumber(c);
      candidates.putAll(tables.candidates(c, version));
      progress.end(null, null, "candidate tables for version " + version);
    }

    void stage(Connection c, SourceConfig source) throws StepFailure {
      Table target = plan.identity().get(source.name());
      AtomicLong rows = progress.begin("stage", source.name());
      Stager stager = new Stager(c, progress::cancelled);
      Sources.Opened opened;
      try {
        opened = sources.open(source, target == null ? null : candidates.get(target.object()));
      } catch (IOException e) {
        throw sourceFailure(source, e);
      }
      if (opened.upstreamVersion() != null) {
        upstreams.put(source.name(), opened.upstreamVersion());
      }
      Stager.Loaded result;
      try (var reader = opened.reader()) {
        result = target != null
            ? stager.intoObject(source.name(), reader, candidates.get(target.object()), rows)
            : stager.intoStaging(source.name(), reader, source.columns(), opened.types(), rows);
      } catch (IOException e) {
        throw sourceFailure(source, e);
      } catch (StepFailure e) {
        throw e.kind() == Kind.MISFIT ? new StepFailure("conformance", Kind.MISFIT, e.getMessage(), e) : e;
      }
      rowsIn += result.read();
      if (target != null) {
        loaded.put(target.object(), result.loaded());
      }
      progress.end(result.read(), result.loaded(), note(source, result.note()));
    }

    String note(SourceConfig source, String note) {
      Long upstream = upstreams.get(source.name());
      if (source.origin() instanceof QuantumOrigin q && upstream != null) {
        String read = "read version " + upstream + " of quantum " + q.label();
        return note == null ? read : read + "; " + note;
      }
      return note;
    }

    void transform(Connection c) throws StepFailure {
      if (plan.transform() == null) {
        return;
      }
      Transformer transformer = new Transformer(c);
      for (String object : plan.transform().objects()) {
        progress.begin("transform", object);
        Transformer.Produced produced;
        try {
          produced = transformer.produce(plan.transform().select(object), candidates.get(object));
        } catch (StepFailure e) {
          throw e.kind() == Kind.MISFIT ? new StepFailure("conformance", Kind.MISFIT, e.getMessage(), e) : e;
        }
        loaded.put(object, produced.rows());
        progress.end(null, produced.rows(), produced.note());
      }
    }

    Catalog gate(Connection c) throws StepFailure, SQLException {
      progress.begin("quality-gate", null);
      Map<String, String> tables = new LinkedHashMap<>();
      candidates.forEach((object, table) -> tables.put(object, table.tableName()));
      Catalog candidate = versions.catalogOf(tables);
      verdict = quality.check(c, candidate, runId);
      long rows = verdict.report().rows().values().stream().mapToLong(Long::longValue).sum();
      if (!verdict.passed()) {
        progress.end(rows, null, verdict.failed().size() + " rule(s) failed");
        throw new StepFailure("quality-gate", Kind.REJECTED, "the quality gate refused the candidate: "
            + PipelineReports.failures(verdict.failed()));
      }
      progress.end(rows, rows, PipelineReports.gateNote(verdict));
      return candidate;
    }

    void publish(Connection c, Catalog candidate) throws SQLException, StepFailure {
      progress.begin("publish", "version " + version);
      Instant now = clock.instant();
      Map<String, ObjectVersion> objects = new LinkedHashMap<>();
      for (Table table : candidate.tables()) {
        long rows = verdict.report().rows().getOrDefault(table.object(), loaded.getOrDefault(table.object(), 0L));
        objects.put(table.object(), new ObjectVersion(table.object(), table.tableName(), rows));
        rowsOut += rows;
      }
      Version published = new Version(version, now, runId, contract.version(), objects, upstreams, true, null);
      try {
        publisher.publish(c, published, contract.id(), contractText, now);
      } catch (SQLException e) {
        throw e;
      } catch (Exception e) {
        throw new StepFailure("publish", Kind.ERROR, "publishing version " + version + " failed: " + e.getMessage(), e);
      }
      candidates.clear();
      try {
        tables.dropStaging(c);
      } catch (SQLException e) {
        LOG.info("run {}: staging tables are dropped by the next run ({})", runId, e.getMessage());
      }
      progress.end(rowsOut, rowsOut, "readers now get version " + version);
    }

    StepFailure sourceFailure(SourceConfig source, IOException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (e instanceof TransportException) {
        return new StepFailure("stage", Kind.TRANSIENT, "source " + source.name() + ": " + message, e);
      }
      if (e instanceof HttpInput.Refused) {
        return new StepFailure("stage", Kind.ERROR, "source " + source.name() + ": " + message, e);
      }
      return new StepFailure("stage", Kind.ERROR, "source " + source.name() + " cannot be read: " + message, e);
    }
  }

  static StepFailure storageFailure(SQLException e, String what) {
    if (Storage.isUnavailable(e)) {
      return new StepFailure("storage", Kind.TRANSIENT, what + ": the storage cannot be reached", e);
    }
    return new StepFailure("storage", Kind.ERROR, what + ": " + e.getMessage(), e);
  }
}
