package io.quanta.runtime.observability;

import io.quanta.runtime.Quantum;
import io.quanta.runtime.sla.FreshnessProbe;
import io.quanta.runtime.sla.SlaMetrics;
import io.quanta.runtime.sla.SlaTerms;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /observability/metrics}: the Prometheus text exposition of the quantum's registry (JVM, HTTP
 * server by route, rows served, quality, freshness, SLA). Freshness is measured at scrape time; when the
 * storage is down the scrape still answers, with {@code quanta_storage_up 0} and freshness unknown.
 *
 * <pre>{@code curl http://localhost:8081/observability/metrics}</pre>
 */
public final class MetricsRoutes {

  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final Logger LOG = LoggerFactory.getLogger(MetricsRoutes.class);

  private final Quantum quantum;
  private final SlaTerms terms;
  private final SlaMetrics sla;

  public MetricsRoutes(Quantum quantum) {
    this.quantum = quantum;
    this.terms = SlaTerms.of(quantum.contract());
    this.sla = new SlaMetrics(quantum.metrics(), quantum.catalog());
  }

  public void mount(Router router) {
    router.get("/observability/metrics").handler(this::metrics);
  }

  private void metrics(RoutingContext ctx) {
    // A managed quantum's freshness is that of the version readers get now; nothing published, nothing measured.
    var current = quantum.versions().currentCatalog();
    quantum.storage().call(c -> current.isEmpty() ? java.util.Map.<String, io.quanta.runtime.sla.Freshness>of()
            : new FreshnessProbe(current.get(), terms, Clock.systemUTC()).measure(c))
        .onSuccess(sla::update)
        .onFailure(e -> {
          LOG.debug("freshness not measured for the scrape: {}", e.toString());
          sla.unreachable();
        })
        .onComplete(done -> ctx.response().putHeader("Content-Type", CONTENT_TYPE).end(quantum.metrics().scrape()));
  }
}
