package io.quanta.runtime;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.pipeline.Pipeline;
import io.quanta.runtime.pipeline.publish.Versions;
import io.quanta.runtime.quality.QualityService;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.storage.Storage;
import io.vertx.core.Vertx;

/**
 * The parts of a running quantum that its routes share: settings, the contract (as parsed and as
 * written), its tables, storage, lifecycle, metrics and quality checks; which tables reads go to
 * ({@code versions}: fixed for a sidecar, the published version for a managed quantum) and the managed
 * quantum's {@code pipeline} (null for a sidecar).
 */
public record Quantum(
    QuantumConfig config,
    DataContract contract,
    String contractText,
    Catalog catalog,
    Storage storage,
    Lifecycle lifecycle,
    PrometheusMeterRegistry metrics,
    Vertx vertx,
    QualityService quality,
    Versions versions,
    Pipeline pipeline) {

  public String id() {
    return config.id();
  }
}
