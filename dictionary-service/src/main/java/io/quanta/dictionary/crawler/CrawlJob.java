package io.quanta.dictionary.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.contracts.ContractDocument;
import io.quanta.dictionary.contracts.ContractDocument.Provenance;
import io.quanta.dictionary.contracts.DictionaryResolver;
import io.quanta.dictionary.contracts.LintCache;
import io.quanta.dictionary.contracts.Linted;
import io.quanta.dictionary.contracts.ParentLoader;
import io.quanta.dictionary.contracts.Resolved;
import io.quanta.dictionary.es.Es;
import io.quanta.runtime.registry.Backoff;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Crawls one claimed quantum: takes a {@link Snapshot}, lints and resolves the contract, and builds the
 * documents to write. Never fails: whatever the quantum answers (or not) becomes a document that says so.
 */
final class CrawlJob {

  private final Vertx vertx;
  private final QuantumFetcher fetcher;
  private final DictionaryResolver resolver;
  private final Schedule schedule;
  private final LintCache lints = new LintCache();

  CrawlJob(Vertx vertx, QuantumFetcher fetcher, DictionaryResolver resolver, Schedule schedule) {
    this.vertx = vertx;
    this.fetcher = fetcher;
    this.resolver = resolver;
    this.schedule = schedule;
  }

  /** When to crawl again: the interval after a success, capped exponential backoff after failures. */
  record Schedule(Duration interval, Backoff backoff, Duration staleAfter) {
  }

  Future<CrawlResult> run(Claim claim, ParentLoader loader) {
    long started = System.nanoTime();
    return Snapshot.take(fetcher, claim.url())
        .compose(snapshot -> snapshot.unreachable() ? Future.succeededFuture(unreachable(claim, snapshot))
            : reachable(claim, snapshot, loader))
        .map(result -> {
          ((ObjectNode) result.quantum().path("crawl")).put("durationMillis", (System.nanoTime() - started) / 1_000_000);
          return result;
        });
  }

  private Future<CrawlResult> reachable(Claim claim, Snapshot snapshot, ParentLoader loader) {
    if (!snapshot.contract().ok()) {
      return Future.succeededFuture(answered(claim, snapshot, null, null, null));
    }
    String source = claim.url() + "/discovery/contract";
    return vertx.executeBlocking(() -> lints.of(source, snapshot.contract().body()), false).compose(linted -> {
      ObjectNode tree = linted.tree();
      if (!linted.valid() || !tree.path("id").isTextual() || !tree.path("version").isValueNode()) {
        return Future.succeededFuture(answered(claim, snapshot, linted, null, null));
      }
      loader.remember(tree.path("id").asText(), tree);
      return resolver.resolve(tree, loader).compose(resolved -> (resolved.resolved() ? Future.succeededFuture(snapshot)
          : snapshot.withEffective(fetcher, claim.url())).map(full -> {
            JsonNode served = full.servedEffective() ? full.effective().json() : null;
            ObjectNode contract = ContractDocument.build(linted, resolved, served instanceof ObjectNode node ? node : null,
                Provenance.servedBy(claim.id()), Instant.now());
            return answered(claim, full, linted, resolved, contract);
          }));
    });
  }

  private CrawlResult answered(Claim claim, Snapshot snapshot, Linted linted, Resolved resolved, ObjectNode contract) {
    Instant now = Instant.now();
    ObjectNode doc = QuantumDocument.build(claim, snapshot, linted, resolved, contract);
    List<String> reasons = Health.reasons(claim, snapshot, linted, resolved, doc);
    doc.put("health", reasons.isEmpty() ? Health.HEALTHY : Health.DEGRADED);
    doc.set("healthReasons", ContractDocument.strings(reasons));
    ObjectNode crawl = crawl(claim, doc, now);
    crawl.put("lastSeenAt", now.toString());
    crawl.put("failures", 0);
    crawl.putNull("lastError");
    crawl.put("nextCrawlAt", now.plus(schedule.interval()).toString());
    doc.put("indexedAt", now.toString());
    return new CrawlResult(claim, doc, contract, true, linted == null);
  }

  /** Only health and crawl facts change: the last known contract, fields and observations stay searchable. */
  private CrawlResult unreachable(Claim claim, Snapshot snapshot) {
    Instant now = Instant.now();
    ObjectNode doc = Es.JSON.createObjectNode();
    String failure = snapshot.root().failure();
    doc.put("health", Health.unreachable(claim.previous(), now, schedule.staleAfter()));
    doc.set("healthReasons", ContractDocument.strings(List.of(failure)));
    ObjectNode crawl = crawl(claim, doc, now);
    int failures = claim.previous().path("crawl").path("failures").asInt(0) + 1;
    crawl.put("failures", failures);
    crawl.put("lastError", failure);
    crawl.put("nextCrawlAt", now.plusMillis(schedule.backoff().delayMillis(failures)).toString());
    return new CrawlResult(claim, doc, null, false, true);
  }

  /** The crawl section: registry facts carried over from the claimed document, then this crawl's. */
  private static ObjectNode crawl(Claim claim, ObjectNode doc, Instant now) {
    ObjectNode crawl = doc.putObject("crawl");
    JsonNode before = claim.previous().path("crawl");
    for (String key : new String[] {"announcedAt", "seed", "lastSeenAt"}) {
      if (before.hasNonNull(key)) {
        crawl.set(key, before.get(key));
      }
    }
    crawl.put("lastCrawlAt", now.toString());
    return crawl;
  }
}
