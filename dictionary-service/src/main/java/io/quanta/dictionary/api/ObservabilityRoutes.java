package io.quanta.dictionary.api;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.index.Indices;
import io.quanta.dictionary.registry.Spool;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dictionary's own {@code /observability/health} (the process is alive), {@code /observability/ready}
 * (Elasticsearch answers, is not red, and both aliases exist) and {@code /observability/metrics} (Prometheus:
 * JVM, HTTP by route, crawls, quanta by health measured at scrape time, spool, Elasticsearch up).
 *
 * <pre>{@code curl -i http://localhost:8080/observability/ready}</pre>
 */
public final class ObservabilityRoutes {

  static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  static final List<String> HEALTHS = List.of("pending", "healthy", "degraded", "unreachable", "stale");

  private final Es es;
  private final Indices indices;
  private final Spool spool;
  private final PrometheusMeterRegistry metrics;
  private final AtomicInteger esUp = new AtomicInteger();
  private final Map<String, AtomicInteger> byHealth = new ConcurrentHashMap<>();

  public ObservabilityRoutes(Es es, Indices indices, Spool spool, PrometheusMeterRegistry metrics) {
    this.es = es;
    this.indices = indices;
    this.spool = spool;
    this.metrics = metrics;
    Gauge.builder("quanta_dictionary_elasticsearch_up", esUp, AtomicInteger::get)
        .description("1 when the last look at Elasticsearch succeeded").register(metrics);
    Gauge.builder("quanta_dictionary_spooled", spool, Spool::size)
        .description("Announcements kept while Elasticsearch was down, not indexed yet").register(metrics);
    for (String health : HEALTHS) {
      AtomicInteger count = new AtomicInteger();
      byHealth.put(health, count);
      Gauge.builder("quanta_dictionary_quanta", count, AtomicInteger::get).tag("health", health)
          .description("Registered quanta by health, counted at scrape time").register(metrics);
    }
  }

  public void mount(Router router) {
    router.get("/observability/health").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json")
        .end("{\"status\":\"UP\"}"));
    router.get("/observability/ready").handler(this::ready);
    router.get("/observability/metrics").handler(this::metrics);
  }

  private void ready(RoutingContext ctx) {
    Params.of(ctx);
    es.call(c -> c.cluster().health()).timeout(3, TimeUnit.SECONDS).compose(health -> {
      if (health.status() == HealthStatus.Red) {
        return Future.failedFuture(new IllegalStateException("red"));
      }
      return Future.all(alias(indices.quanta().alias()), alias(indices.contracts().alias()))
          .map(both -> {
            ObjectNode body = Es.JSON.createObjectNode().put("status", "READY")
                .put("elasticsearch", health.status().jsonValue());
            body.putObject("indices").put("quanta", both.<String>resultAt(0)).put("contracts", both.<String>resultAt(1));
            body.put("spooled", spool.size());
            return body;
          });
    }).onSuccess(body -> Responses.json(ctx, 200, body)).onFailure(e -> ctx.fail(Problem.unavailable("not-ready",
        "Elasticsearch cannot be reached, is red, or the indices are not in place; the dictionary retries by itself",
        5).with("spooled", spool.size())));
  }

  private Future<String> alias(String alias) {
    return es.call(c -> c.indices().getAlias(a -> a.name(alias))).map(r -> r.result().keySet().iterator().next());
  }

  private void metrics(RoutingContext ctx) {
    Params.of(ctx);
    es.call(c -> c.search(s -> s.index(indices.quanta().alias()).size(0)
            .aggregations("health", a -> a.terms(t -> t.field("health").size(10))), ObjectNode.class))
        .timeout(3, TimeUnit.SECONDS)
        .onSuccess((SearchResponse<ObjectNode> response) -> {
          esUp.set(1);
          byHealth.values().forEach(c -> c.set(0));
          response.aggregations().get("health").sterms().buckets().array().forEach(b -> {
            AtomicInteger count = byHealth.get(b.key().stringValue());
            if (count != null) {
              count.set((int) b.docCount());
            }
          });
        })
        .onFailure(e -> esUp.set(0))
        .onComplete(done -> ctx.response().putHeader("Content-Type", METRICS_TYPE).end(metrics.scrape()));
  }
}
