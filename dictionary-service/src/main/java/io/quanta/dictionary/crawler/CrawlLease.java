package io.quanta.dictionary.crawler;

import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.es.EsStatus;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;

/**
 * Which replica crawls: one lease document in the leases index, {@code {holder, until}}, taken or renewed only
 * over the version read, so two replicas never both hold it. The holder renews it at each round once half of
 * it has passed; a replica that dies lets it lapse and another takes over. Cheaper than claiming each quantum
 * (one write per renewal instead of one per crawl), and no crawl is done twice.
 */
final class CrawlLease {

  static final String ID = "crawler";

  private final Es es;
  private final String index;
  private final String holder;
  private final Duration ttl;
  // Touched on the crawler's context only.
  private Instant heldUntil = Instant.EPOCH;

  CrawlLease(Es es, String index, String holder, Duration ttl) {
    this.es = es;
    this.index = index;
    this.holder = holder;
    this.ttl = ttl;
  }

  /** True when this replica holds the lease (taking or renewing it when needed). */
  Future<Boolean> hold() {
    Instant now = Instant.now();
    if (Duration.between(now, heldUntil).compareTo(ttl.dividedBy(2)) > 0) {
      return Future.succeededFuture(true);
    }
    return es.call(c -> c.get(g -> g.index(index).id(ID), ObjectNode.class)).compose((GetResponse<ObjectNode> got) -> {
      Instant until = now.plus(ttl);
      ObjectNode doc = Es.JSON.createObjectNode().put("name", ID).put("holder", holder).put("until", until.toString());
      if (!got.found()) {
        return es.call(c -> c.create(r -> r.index(index).id(ID).document(doc))).map(r -> took(until))
            .recover(e -> conflict(e) ? Future.succeededFuture(false) : Future.failedFuture(e));
      }
      boolean mine = holder.equals(got.source().path("holder").asText());
      boolean lapsed = Instant.parse(got.source().path("until").asText()).isBefore(now);
      if (!mine && !lapsed) {
        return Future.succeededFuture(false);
      }
      return es.call(c -> c.index(r -> r.index(index).id(ID).ifSeqNo(got.seqNo()).ifPrimaryTerm(got.primaryTerm())
              .document(doc))).map(r -> took(until))
          .recover(e -> conflict(e) ? Future.succeededFuture(false) : Future.failedFuture(e));
    });
  }

  /** Gives the lease up (on stop), so another replica need not wait for it to lapse. */
  Future<Void> release() {
    if (heldUntil.isBefore(Instant.now())) {
      return Future.succeededFuture();
    }
    heldUntil = Instant.EPOCH;
    return es.call(c -> c.get(g -> g.index(index).id(ID), ObjectNode.class)).compose((GetResponse<ObjectNode> got) ->
        got.found() && holder.equals(got.source().path("holder").asText())
            ? es.call(c -> c.delete(d -> d.index(index).id(ID).ifSeqNo(got.seqNo())
                .ifPrimaryTerm(got.primaryTerm()))).<Void>mapEmpty()
            : Future.<Void>succeededFuture()).recover(e -> Future.succeededFuture());
  }

  private boolean took(Instant until) {
    heldUntil = until;
    return true;
  }

  private static boolean conflict(Throwable e) {
    return EsStatus.conflict(e);
  }
}
