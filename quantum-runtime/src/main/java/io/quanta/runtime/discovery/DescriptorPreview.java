package io.quanta.runtime.discovery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.Quantum;
import io.quanta.runtime.QuantumServer;
import io.quanta.runtime.auth.AccessControl;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.schema.Catalog;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * The ODPS descriptor a quantum would serve, built without starting it (for {@code quanta validate}): the
 * same builder over the same router a running quantum mounts, with storage never opened. Its status is the
 * state a new quantum starts in, and its links use {@code server.publicUrl}, else {@code localhost}.
 */
public final class DescriptorPreview {

  private DescriptorPreview() {
  }

  /**
   * Builds the descriptor of {@code contract} (as written) serving the objects of {@code served} (its effective
   * form when it extends another). Throws {@code ConfigException} when the settings would stop the quantum.
   */
  public static ObjectNode build(QuantumConfig config, DataContract contract, DataContract served) {
    Vertx vertx = Vertx.vertx();
    try {
      Catalog catalog = Catalog.of(served, config.objects());
      // Nothing here touches storage, quality or lifecycle persistence: route constructors only keep references.
      Quantum quantum = new Quantum(config, contract, null, catalog, null, new Lifecycle(null),
          new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), vertx, null, null, null);
      Router router = QuantumServer.router(quantum, AccessControl.load(vertx, config, contract.domain()),
          (ctx, table) -> Future.succeededFuture());
      return OdpsDescriptor.build(quantum, Endpoints.of(router), base(config));
    } finally {
      vertx.close();
    }
  }

  private static String base(QuantumConfig config) {
    String configured = config.server().publicUrl();
    return configured != null ? configured.replaceAll("/+$", "") : "http://localhost:" + config.server().port();
  }
}
