package io.quanta.runtime;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.quality.QualityService;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.storage.Storage;
import io.vertx.core.Vertx;

/**
 * The parts of a running quantum that its routes share: settings, the contract (as parsed and as
 * written), its tables, storage, lifecycle, metrics and quality checks.
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
    QualityService quality) {

  public String id() {
    return config.id();
  }
}
