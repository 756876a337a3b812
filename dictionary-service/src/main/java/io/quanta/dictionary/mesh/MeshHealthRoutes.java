package io.quanta.dictionary.mesh;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.api.Access;
import io.quanta.dictionary.api.JsonStream;
import io.quanta.dictionary.api.Params;
import io.quanta.dictionary.api.Responses;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.index.DocumentScan;
import io.quanta.dictionary.index.Indices;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * {@code GET /api/mesh/health}: a summary (counts by health, freshness verdict and quality status, from one
 * aggregation query), then every quantum streamed in pages: reachability, last seen, failures, freshness
 * against its SLA, quality and SLA compliance.
 *
 * <pre>{@code curl http://localhost:8080/api/mesh/health}</pre>
 */
public final class MeshHealthRoutes {

  static final int PAGE = 500;
  private static final List<String> SOURCE = List.of("id", "url", "name", "health", "healthReasons", "crawl",
      "freshness", "quality", "sla");
  private static final List<String> HEALTHS = List.of("healthy", "degraded", "unreachable", "stale", "pending");

  private final Es es;
  private final Indices indices;
  private final Access access;

  public MeshHealthRoutes(Es es, Indices indices, Access access) {
    this.es = es;
    this.indices = indices;
    this.access = access;
  }

  public void mount(Router router) {
    router.get("/api/mesh/health").handler(access::reader).handler(this::health);
  }

  private void health(RoutingContext ctx) {
    Params.of(ctx);
    String quanta = indices.quanta().alias();
    es.call(c -> c.search(r -> r.index(quanta).size(0).trackTotalHits(t -> t.enabled(true))
            .aggregations("health", a -> a.terms(t -> t.field("health").size(10)))
            .aggregations("freshness", a -> a.terms(t -> t.field("freshness.compliant").size(3)))
            .aggregations("quality", a -> a.terms(t -> t.field("quality.status").size(10))), ObjectNode.class))
        .onFailure(e -> ctx.fail(Responses.problem(e)))
        .onSuccess(response -> stream(ctx, summary(response)));
  }

  private void stream(RoutingContext ctx, ObjectNode summary) {
    JsonStream out = JsonStream.open(ctx, Es.JSON.createObjectNode().set("summary", summary), "quanta");
    new DocumentScan(es, indices.quanta().alias(), indices.quanta().idField(), null, PAGE, SOURCE)
        .forEachPage(hits -> {
          Future<Void> last = Future.succeededFuture();
          for (var hit : hits) {
            last = out.add(entry(hit.source()));
          }
          return last;
        })
        .onSuccess(n -> out.close())
        .onFailure(ctx::fail);
  }

  private static ObjectNode entry(JsonNode doc) {
    ObjectNode out = Es.JSON.createObjectNode();
    for (String key : List.of("id", "url", "name", "health", "healthReasons")) {
      if (doc.hasNonNull(key)) {
        out.set(key, doc.get(key));
      }
    }
    String health = doc.path("health").asText();
    out.put("reachable", health.equals("healthy") || health.equals("degraded"));
    JsonNode crawl = doc.path("crawl");
    for (String key : List.of("lastSeenAt", "lastCrawlAt", "failures", "lastError")) {
      out.set(key, crawl.path(key).isMissingNode() ? null : crawl.get(key));
    }
    out.set("freshness", doc.path("freshness").isObject() ? doc.get("freshness") : Es.JSON.createObjectNode());
    out.set("quality", doc.path("quality").isObject() ? doc.get("quality")
        : Es.JSON.createObjectNode().put("status", "unknown"));
    out.set("sla", doc.path("sla").isObject() ? doc.get("sla") : Es.JSON.createObjectNode());
    return out;
  }

  private static ObjectNode summary(SearchResponse<ObjectNode> response) {
    ObjectNode summary = Es.JSON.createObjectNode();
    long total = response.hits().total() == null ? 0 : response.hits().total().value();
    summary.put("quanta", total);
    HEALTHS.forEach(h -> summary.put(h, 0));
    response.aggregations().get("health").sterms().buckets().array()
        .forEach(b -> summary.put(b.key().stringValue(), b.docCount()));
    ObjectNode freshness = summary.putObject("freshness").put("compliant", 0).put("violated", 0);
    long measured = 0;
    Aggregate fresh = response.aggregations().get("freshness");
    for (var bucket : fresh.isLterms() ? fresh.lterms().buckets().array()
        : List.<co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket>of()) {
      freshness.put(bucket.key() == 1 ? "compliant" : "violated", bucket.docCount());
      measured += bucket.docCount();
    }
    freshness.put("unknown", total - measured);
    ObjectNode quality = summary.putObject("quality").put("pass", 0).put("warn", 0).put("fail", 0).put("none", 0);
    long judged = 0;
    for (var bucket : response.aggregations().get("quality").sterms().buckets().array()) {
      if (!bucket.key().stringValue().equals("unknown")) {
        quality.put(bucket.key().stringValue(), bucket.docCount());
        judged += bucket.docCount();
      }
    }
    quality.put("unknown", total - judged);
    return summary;
  }
}
