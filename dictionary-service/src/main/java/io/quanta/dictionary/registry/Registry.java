package io.quanta.dictionary.registry;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.crawler.QuantumFetcher;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.es.IndexUnavailableException;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers quanta in the quanta index. A first announcement creates the entry ({@code pending}, due now); a
 * heartbeat refreshes when it was heard; a new URL, or a heartbeat from a quantum the crawler could not reach,
 * makes it due now. While Elasticsearch is down announcements go to the {@link Spool} and are replayed later.
 */
public final class Registry {

  private static final Logger LOG = LoggerFactory.getLogger(Registry.class);

  /** What an announcement did. */
  public record Registered(String id, String url, boolean created, boolean queued, boolean crawlNow) {
  }

  private final Es es;
  private final String quanta;
  private final QuantumFetcher fetcher;
  private final Spool spool;
  private final Runnable crawlNow;

  public Registry(Es es, String quantaAlias, QuantumFetcher fetcher, Spool spool, Runnable crawlNow) {
    this.es = es;
    this.quanta = quantaAlias;
    this.fetcher = fetcher;
    this.spool = spool;
    this.crawlNow = crawlNow;
  }

  public QuantumFetcher fetcher() {
    return fetcher;
  }

  public Spool spool() {
    return spool;
  }

  /** Registers, or spools when Elasticsearch cannot be reached. */
  public Future<Registered> announce(Announcement announcement) {
    return register(announcement).recover(e -> {
      if (!IndexUnavailableException.isUnavailable(e)) {
        return Future.failedFuture(e);
      }
      LOG.warn("keeping the announcement of {} in the spool until Elasticsearch is back: {}", announcement.url(),
          e.getMessage());
      if (spool.full()) {
        return Future.failedFuture(Problem.unavailable("spool-full", "Elasticsearch is down and " + Spool.MAX_ENTRIES
            + " announcements are waiting already; retry later", 30));
      }
      return spool.add(announcement.toJson()).map(v -> new Registered(announcement.id(), announcement.url(), false,
          true, false));
    });
  }

  /** Replays spooled announcements, newest per quantum; called periodically. */
  public Future<Integer> replaySpool() {
    if (spool.size() == 0) {
      return Future.succeededFuture(0);
    }
    return spool.drain(entries -> {
      Set<String> seen = new HashSet<>();
      List<Announcement> latest = new java.util.ArrayList<>();
      for (int i = entries.size() - 1; i >= 0; i--) {
        Announcement a = Announcement.fromJson(entries.get(i));
        if (seen.add(a.id() != null ? "id:" + a.id() : "url:" + a.url())) {
          latest.add(0, a);
        }
      }
      return replay(latest, 0);
    }).onSuccess(n -> {
      if (n > 0) {
        LOG.info("indexed {} announcements kept while Elasticsearch was down", n);
      }
    });
  }

  private Future<Void> replay(List<Announcement> announcements, int from) {
    if (from >= announcements.size()) {
      return Future.succeededFuture();
    }
    return register(announcements.get(from))
        .recover(e -> e instanceof Problem ? Future.succeededFuture() : Future.failedFuture(e))
        .compose(v -> replay(announcements, from + 1));
  }

  /** Removes a quantum; false when it was not registered. */
  public Future<Boolean> delete(String id) {
    return es.call(c -> c.delete(d -> d.index(quanta).id(id).refresh(Refresh.WaitFor)))
        .map(response -> "deleted".equals(response.result().jsonValue()));
  }

  /** The ids registered for these URLs (seeds already known are not fetched again). */
  public Future<Set<String>> knownUrls(List<String> urls) {
    List<FieldValue> values = urls.stream().map(FieldValue::of).toList();
    return es.call(c -> c.search(r -> r.index(quanta).size(urls.size())
            .query(q -> q.terms(t -> t.field("url").terms(v -> v.value(values))))
            .source(s -> s.filter(f -> f.includes("url"))), ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> {
          Set<String> out = new HashSet<>();
          response.hits().hits().forEach(h -> out.add(h.source().path("url").asText()));
          return out;
        });
  }

  private Future<Registered> register(Announcement announcement) {
    return register(announcement, 0);
  }

  /** {@code attempt} counts races lost to another writer of the same entry (a crawl, another replica). */
  private Future<Registered> register(Announcement announcement, int attempt) {
    Future<String> id = announcement.id() != null ? Future.succeededFuture(announcement.id()) : learnId(announcement.url());
    return id.compose(known -> es.call(c -> c.get(g -> g.index(quanta).id(known)
            .sourceIncludes("url", "health", "crawl.seed"), ObjectNode.class))
        .compose((GetResponse<ObjectNode> current) -> current.found() ? refresh(known, announcement, current, attempt)
            : create(known, announcement, attempt)))
        .onSuccess(registered -> {
          if (registered.crawlNow()) {
            crawlNow.run();
          }
        });
  }

  private Future<Registered> create(String id, Announcement announcement, int attempt) {
    String now = Instant.now().toString();
    ObjectNode doc = Es.JSON.createObjectNode().put("kind", "quantum").put("id", id).put("url", announcement.url())
        .put("health", "pending").put("indexedAt", now);
    doc.putArray("healthReasons");
    doc.putObject("crawl").put("announcedAt", now).put("nextCrawlAt", now).put("failures", 0)
        .put("seed", announcement.seed());
    doc.putArray("suggest").addObject().put("weight", 20).putArray("input").add(id);
    return es.call(c -> c.create(r -> r.index(quanta).id(id).document(doc)))
        .map(r -> new Registered(id, announcement.url(), true, false, true))
        .recover(e -> isConflict(e) && attempt < 3
            ? register(new Announcement(announcement.url(), id, announcement.seed()), attempt + 1)
            : Future.failedFuture(e));
  }

  private Future<Registered> refresh(String id, Announcement announcement, GetResponse<ObjectNode> current,
      int attempt) {
    ObjectNode source = current.source();
    String health = source.path("health").asText();
    boolean moved = !announcement.url().equals(source.path("url").asText());
    boolean crawlNow = moved || "unreachable".equals(health) || "stale".equals(health);
    ObjectNode update = Es.JSON.createObjectNode().put("url", announcement.url());
    ObjectNode crawl = update.putObject("crawl").put("announcedAt", Instant.now().toString());
    if (crawlNow) {
      crawl.put("nextCrawlAt", Instant.now().toString());
    }
    if (announcement.seed()) {
      crawl.put("seed", true);
    }
    return es.call(c -> c.update(u -> u.index(quanta).id(id).ifSeqNo(current.seqNo())
            .ifPrimaryTerm(current.primaryTerm()).doc(update), ObjectNode.class))
        .map(r -> new Registered(id, announcement.url(), false, false, crawlNow))
        .recover(e -> isConflict(e) && attempt < 3
            ? register(new Announcement(announcement.url(), id, announcement.seed()), attempt + 1)
            : Future.failedFuture(e));
  }

  /** An announcement without id: the quantum's index says who it is. */
  private Future<String> learnId(String url) {
    return fetcher.get(url, "/", "application/json").compose(fetched -> {
      JsonNode root = fetched.json();
      String id = root == null ? null : root.path("id").asText(null);
      if (id == null || !Announcement.ID.matcher(id).matches()) {
        return Future.failedFuture(new Problem(422, "quantum-unreachable", "Unprocessable announcement",
            "no id was given and " + url + "/ did not name one (" + (fetched.problem() != null ? fetched.problem()
                : "no quantum index there") + "); send {\"url\", \"id\"}"));
      }
      return Future.succeededFuture(id);
    });
  }

  /** A 409 version conflict, however the client reports it (typed error, transport or low-level response). */
  private static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof co.elastic.clients.elasticsearch._types.ElasticsearchException es && es.status() == 409
          || t instanceof co.elastic.clients.transport.TransportException transport && transport.statusCode() == 409
          || t instanceof org.elasticsearch.client.ResponseException response
              && response.getResponse().getStatusLine().getStatusCode() == 409) {
        return true;
      }
    }
    return false;
  }
}
