package io.quanta.runtime;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.util.EnumSet;
import java.util.UUID;

/**
 * The Vert.x of a quantum process, built with the quantum's Prometheus registry so that HTTP server and
 * worker-pool metrics land where {@code /observability/metrics} reads, next to JVM, GC, thread, CPU and
 * uptime metrics. HTTP metrics are labelled by route template ({@code /data/:object}), method and status
 * code, never by raw path or client address, so their number stays bounded.
 */
public final class QuantumVertx {

  private final Vertx vertx;
  private final PrometheusMeterRegistry metrics;
  private final JvmGcMetrics gc;

  private QuantumVertx(Vertx vertx, PrometheusMeterRegistry metrics, JvmGcMetrics gc) {
    this.vertx = vertx;
    this.metrics = metrics;
    this.gc = gc;
  }

  public static QuantumVertx create() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    MicrometerMetricsOptions options = new MicrometerMetricsOptions()
        .setEnabled(true)
        // One name per instance: Vert.x keeps registries by name, and tests run several quanta in one JVM.
        .setRegistryName("quanta-" + UUID.randomUUID())
        .setLabels(EnumSet.of(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE, Label.POOL_TYPE, Label.POOL_NAME))
        .addDisabledMetricsCategory(MetricsDomain.EVENT_BUS)
        .addDisabledMetricsCategory(MetricsDomain.VERTICLES);
    Vertx vertx = Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(options))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .build();
    return new QuantumVertx(vertx, registry, gc);
  }

  public Vertx vertx() {
    return vertx;
  }

  public PrometheusMeterRegistry metrics() {
    return metrics;
  }

  /** Closes Vert.x, then the GC listeners and the registry. */
  public Future<Void> close() {
    return vertx.close().eventually(() -> {
      gc.close();
      metrics.close();
      return Future.succeededFuture();
    });
  }
}
