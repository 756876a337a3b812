package io.quanta.runtime;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.inherit.ContractSource;
import io.quanta.contract.inherit.FolderContractSource;
import io.quanta.contract.inherit.InheritanceResolver;
import io.quanta.contract.inherit.Resolution;
import io.quanta.contract.lint.ContractLinter;
import io.quanta.contract.lint.LintReport;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.auth.AccessControl;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.config.QuantumConfig.StorageConfig;
import io.quanta.runtime.config.Secret;
import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.data.ReadAuthorizer;
import io.quanta.runtime.discovery.LayeredContractSource;
import io.quanta.runtime.pipeline.Pipeline;
import io.quanta.runtime.pipeline.PipelineSetup;
import io.quanta.runtime.pipeline.publish.Versions;
import io.quanta.runtime.registry.DictionaryContractSource;
import io.quanta.runtime.quality.QualityService;
import io.quanta.runtime.registry.DictionaryAnnouncer;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.schema.SchemaManager;
import io.quanta.runtime.storage.DatabaseServer;
import io.quanta.runtime.storage.EmbeddedDatabase;
import io.quanta.runtime.storage.Provisioner;
import io.quanta.runtime.storage.Storage;
import io.quanta.runtime.storage.StorageException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Starts a quantum: contract, storage (embedded when none is configured), tables, then the HTTP server.
 * Everything that can be wrong with the settings is found before the server starts.
 */
public final class QuantumMain {

  private static final Logger LOG = LoggerFactory.getLogger(QuantumMain.class);

  private QuantumMain() {
  }

  /**
   * A started quantum; {@link #close()} stops the dictionary heartbeats, drains requests and releases
   * storage. {@code announcer} is null when no dictionary is configured.
   */
  public record Running(Quantum quantum, HttpServer server, EmbeddedDatabase embedded, DictionaryAnnouncer announcer) {

    public int port() {
      return server.actualPort();
    }

    public String url() {
      String configured = quantum.config().server().publicUrl();
      return configured != null ? configured : "http://localhost:" + port();
    }

    /** Stops taking requests, lets in-flight ones finish within the grace period, then releases storage. */
    public Future<Void> close() {
      int grace = quantum.config().server().shutdownGraceSeconds();
      quantum.quality().stop();
      Future<Void> quiet = announcer == null ? Future.succeededFuture() : announcer.stop();
      Future<Void> runs = quantum.pipeline() == null ? Future.succeededFuture()
          : quantum.pipeline().stop(grace * 1000L);
      return quiet.eventually(() -> server.shutdown(grace, TimeUnit.SECONDS))
          .eventually(() -> runs)
          .eventually(() -> quantum.vertx().executeBlocking(() -> {
            quantum.storage().close();
            if (embedded != null) {
              embedded.close();
            }
            return null;
          }));
    }
  }

  /** How long start-up waits for a storage that is starting or overloaded before giving up. */
  static final java.time.Duration STORAGE_PATIENCE = java.time.Duration.ofSeconds(90);

  /** Starts the quantum described by {@code config}, with the access rules of its settings. */
  public static Future<Running> start(QuantumVertx runtime, QuantumConfig config) {
    return launch(runtime, config, null);
  }

  /**
   * As {@link #start(QuantumVertx, QuantumConfig)}, but data reads are decided by {@code reads} instead of
   * the contract's roles and the grants: for tests that are not about access.
   */
  public static Future<Running> start(QuantumVertx runtime, QuantumConfig config, ReadAuthorizer reads) {
    return launch(runtime, config, Objects.requireNonNull(reads, "reads"));
  }

  private static Future<Running> launch(QuantumVertx runtime, QuantumConfig config, ReadAuthorizer readsOverride) {
    Vertx vertx = runtime.vertx();
    return vertx.executeBlocking(() -> prepare(vertx, runtime.metrics(), config))
        .compose(prepared -> {
          Quantum quantum = prepared.quantum();
          ReadAuthorizer reads = readsOverride != null ? readsOverride : prepared.access().readAuthorizer(quantum);
          return quantum.lifecycle().load()
              .compose(state -> QuantumServer.listen(quantum, QuantumServer.router(quantum, prepared.access(), reads)))
              .onSuccess(server -> quantum.quality().start())
              .onSuccess(server -> {
                if (quantum.pipeline() != null) {
                  quantum.pipeline().start();
                }
              })
              .map(server -> announce(new Running(quantum, server, prepared.embedded(), null)))
              .onFailure(e -> prepared.release());
        });
  }

  /** Starts the dictionary heartbeats, if a dictionary is configured; start-up never waits for them. */
  private static Running announce(Running running) {
    QuantumConfig config = running.quantum().config();
    if (config.dictionary().url() == null) {
      return running;
    }
    DictionaryAnnouncer announcer = DictionaryAnnouncer.start(running.quantum().vertx(), config.dictionary(),
        config.id(), running.url());
    return new Running(running.quantum(), running.server(), running.embedded(), announcer);
  }

  private record Prepared(Quantum quantum, EmbeddedDatabase embedded, AccessControl access) {
    void release() {
      quantum.storage().close();
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /** The blocking part of start-up: contract, database, tables. */
  private static Prepared prepare(Vertx vertx, PrometheusMeterRegistry metrics, QuantumConfig config)
      throws IOException {
    String contractText = Files.readString(config.contractFile());
    LintReport lint = ContractLinter.create().lint(config.contractFile().toString(), contractText);
    if (lint.hasErrors()) {
      List<Finding> errors = lint.findings(Severity.ERROR);
      throw new ConfigException("the contract " + config.contractFile() + " is not valid ODCS: "
          + errors.stream().limit(3).map(Finding::toString).collect(Collectors.joining("; "))
          + (errors.size() > 3 ? " (and " + (errors.size() - 3) + " more; run 'quanta contract lint')" : ""));
    }
    DataContract contract = lint.contract().orElseThrow(() -> new ConfigException(
        "the contract " + config.contractFile() + " cannot be read (run 'quanta contract lint' on it)"));
    DataContract served = effective(config, contract);
    Catalog catalog = Catalog.of(served, config.objects());
    AccessControl access = AccessControl.load(vertx, config, contract.domain());
    StorageConfig settings = config.storage();
    EmbeddedDatabase embedded = settings.embedded() ? EmbeddedDatabase.start(settings.dataDir()) : null;
    Storage storage = null;
    try {
      DatabaseServer server = embedded != null ? embedded.server()
          : new DatabaseServer(settings.jdbcUrl(), settings.adminUser(), settings.adminPassword());
      Secret password = settings.password();
      if (server.hasAdmin()) {
        password = Provisioner.provision(server, settings.database(), settings.user(), settings.password());
      } else if (password == null) {
        throw new ConfigException("storage.password (or QUANTA_DB_PASSWORD) is needed for user " + settings.user()
            + ", or give admin credentials so the quantum can create its own user");
      }
      storage = Storage.open(vertx, server, settings.database(), settings.user(), password, settings.poolSize());
      boolean managed = config.mode() == QuantumConfig.Mode.MANAGED;
      List<String> problems = List.of();
      try (var connection = storage.awaitConnection(STORAGE_PATIENCE)) {
        if (managed) {
          SchemaManager.ensureBookkeeping(connection);
        } else {
          problems = SchemaManager.ensure(connection, catalog);
        }
      }
      if (!problems.isEmpty()) {
        throw new ConfigException("the storage does not match the contract: " + String.join("; ", problems));
      }
      Lifecycle lifecycle = new Lifecycle(storage);
      QualityService quality = QualityService.create(config.quality(), served, catalog, storage, lifecycle,
          metrics, vertx);
      Pipeline pipeline = managed
          ? PipelineSetup.create(config, served, catalog, storage, lifecycle, quality, metrics, vertx) : null;
      Versions versions = pipeline != null ? pipeline.versions() : Versions.sidecar(catalog);
      Quantum quantum = new Quantum(config, contract, contractText, catalog, storage, lifecycle, metrics, vertx,
          quality, versions, pipeline);
      return new Prepared(quantum, embedded, access);
    } catch (java.sql.SQLException e) {
      close(storage, embedded);
      throw new StorageException("cannot prepare the quantum's tables: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(storage, embedded);
      throw e;
    }
  }

  /**
   * The contract whose objects and rules the quantum serves: the contract itself, or, when it extends
   * another, its effective form, with parents from {@code contracts.path}, the contract's own folder and
   * the dictionary. A chain that cannot be resolved now (the dictionary may be down) is logged, and the
   * contract is served as written; {@code /discovery/contract?effective=true} then answers 422 with why.
   */
  private static DataContract effective(QuantumConfig config, DataContract contract) {
    if (contract.extendsValue().isEmpty()) {
      return contract;
    }
    List<Path> folders = new ArrayList<>(config.contractPath());
    folders.add(config.contractFile().getParent());
    List<ContractSource> layers = new ArrayList<>();
    layers.add(FolderContractSource.scan(folders));
    config.dictionary().baseUrl().ifPresent(url ->
        layers.add(new DictionaryContractSource(url, config.dictionary().token(), Duration.ofSeconds(5))));
    Resolution resolution = new InheritanceResolver(new LayeredContractSource(layers)).resolve(contract);
    if (resolution.effective().isEmpty()) {
      LOG.warn("the contract {} extends {}, but its inheritance does not resolve ({}); serving it as written,"
          + " without inherited objects and properties (contracts.path in quantum.yaml lists the folders searched"
          + " for parents)", config.contractFile(), contract.extendsValue().get(), resolution.findings().stream()
          .filter(Finding::isError).limit(3).map(Finding::message).collect(Collectors.joining("; ")));
      return contract;
    }
    return resolution.effective().get().contract();
  }

  private static void close(Storage storage, EmbeddedDatabase embedded) {
    if (storage != null) {
      storage.close();
    }
    if (embedded != null) {
      embedded.close();
    }
  }
}
