package io.quanta.dictionary.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.index.Indices;
import io.quanta.dictionary.testing.FixtureContracts;
import io.quanta.dictionary.testing.FixtureQuanta;
import io.quanta.dictionary.testing.FixtureQuanta.Behaviour;
import io.quanta.dictionary.testing.RegistryEntries;
import io.quanta.dictionary.testing.TestDictionary;
import io.quanta.dictionary.testing.TestElasticsearch;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How crawls write to the index. A backlog larger than a round (a mesh registered all at once): the indices
 * refresh slowly while it is crawled, the default comes back once it is done with everything searchable, and
 * no quantum is crawled twice though its new state became searchable late. Crawled again and again (every
 * 2 s here), a quantum whose contract did not change leaves its contract document alone, while its own
 * document records each crawl; a contract changed under the same version is written at the next crawl, unless
 * that version was published to the dictionary: then the quantum is degraded and the published text stays.
 */
class CrawlWritesIT {

  static final int QUANTA = Crawler.ROUND_SIZE * 2 + 100;
  static final String NAME = "recrawled-quantum";

  TestDictionary dictionary;
  FixtureQuanta fixtures;

  @AfterEach
  void stop() {
    if (dictionary != null) {
      dictionary.close();
    }
    if (fixtures != null) {
      fixtures.close();
    }
  }

  @Test
  void a_backlog_is_crawled_once_with_slow_refreshes_then_the_default_comes_back(@TempDir Path dir) throws Exception {
    fixtures = FixtureQuanta.start(0);
    dictionary = TestDictionary.start(dir, Map.of("QUANTA_CRAWL_INTERVAL_SECONDS", "3600"));
    Indices indices = Indices.of(dictionary.indexPrefix());
    StringBuilder bulk = new StringBuilder();
    String now = Instant.now().toString();
    for (int i = 0; i < QUANTA; i++) {
      String id = String.format("backlog-%04d", i);
      bulk.append("{\"index\":{\"_index\":\"").append(indices.quanta().alias()).append("\",\"_id\":\"").append(id)
          .append("\"}}\n").append(RegistryEntries.due(id, fixtures.add(id, Behaviour.GOOD, null), now)).append('\n');
    }
    HttpResponse<String> registered = TestElasticsearch.request("POST", "/_bulk?refresh=true", bulk.toString());
    assertThat(registered.statusCode()).isEqualTo(200);
    assertThat(registered.body()).contains("\"errors\":false");

    Set<String> intervals = new HashSet<>();
    long deadline = System.nanoTime() + 120_000_000_000L;
    long healthy = 0;
    while (System.nanoTime() < deadline && healthy < QUANTA) {
      intervals.add(refreshInterval(indices.quanta().alias()));
      healthy = dictionary.json("/api/search?kind=quantum&health=healthy&size=1").path("total").asLong();
      Thread.sleep(100);
    }

    assertThat(healthy).as("every quantum of the backlog crawled and searchable").isEqualTo(QUANTA);
    assertThat(intervals).as("the indices refreshed slowly during the backlog").contains(BacklogRefresh.BACKLOG_INTERVAL);
    // The last quanta may be searchable a moment before the backlog's end has put the default back.
    long settled = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < settled && !(refreshInterval(indices.quanta().alias()).equals("default")
        && refreshInterval(indices.contracts().alias()).equals("default"))) {
      Thread.sleep(100);
    }
    assertThat(refreshInterval(indices.quanta().alias())).as("the default is back").isEqualTo("default");
    assertThat(refreshInterval(indices.contracts().alias())).isEqualTo("default");
    assertThat(crawls()).as("no quantum crawled twice").isEqualTo(QUANTA);
    // The quanta may show up a moment before the refresh that ends the backlog has reached the contracts.
    dictionary.await("/api/search?kind=contract&q=record_id&size=1", r -> r.path("total").asLong() == QUANTA,
        Duration.ofSeconds(10));
  }

  /** The index's own refresh interval, or "default" when none is set. */
  private static String refreshInterval(String alias) {
    HttpResponse<String> response = TestElasticsearch.request("GET", "/" + alias + "/_settings/index.refresh_interval",
        null);
    assertThat(response.statusCode()).isEqualTo(200);
    // Filtered on a setting no index has, the answer is {}.
    JsonNode indices = TestDictionary.parse(response.body());
    return !indices.elements().hasNext() ? "default"
        : indices.elements().next().path("settings").path("index").path("refresh_interval").asText("default");
  }

  /** Crawls done, all outcomes, from the dictionary's metrics. */
  private long crawls() {
    Matcher m = Pattern.compile("(?m)^quanta_dictionary_crawls_total\\{[^}]*} ([0-9.eE+]+)$")
        .matcher(dictionary.get("/observability/metrics").body());
    double total = 0;
    while (m.find()) {
      total += Double.parseDouble(m.group(1));
    }
    return Math.round(total);
  }

  @Test
  void an_unchanged_contract_is_not_written_again_and_a_changed_one_is(@TempDir Path dir) {
    fixtures = FixtureQuanta.start(0);
    dictionary = TestDictionary.start(dir, Map.of());
    Indices indices = Indices.of(dictionary.indexPrefix());
    String contract = FixtureContracts.contract(NAME, 3, null);
    assertThat(dictionary.announce(fixtures.add(NAME, Behaviour.GOOD, contract), NAME).statusCode()).isEqualTo(201);
    JsonNode first = dictionary.await("/api/quanta/" + NAME, q -> q.path("health").asText().equals("healthy"),
        Duration.ofSeconds(30));
    long contractWrites = seqNo(indices.contracts().alias(), NAME + "@1.0.0");
    long quantumWrites = seqNo(indices.quanta().alias(), NAME);

    String firstCrawl = first.path("crawl").path("lastCrawlAt").asText();
    JsonNode later = dictionary.await("/api/quanta/" + NAME, q -> crawlsSince(q, firstCrawl) >= 2, Duration.ofSeconds(30));

    assertThat(later.path("health").asText()).isEqualTo("healthy");
    assertThat(seqNo(indices.quanta().alias(), NAME)).as("each crawl recorded").isGreaterThan(quantumWrites);
    assertThat(seqNo(indices.contracts().alias(), NAME + "@1.0.0")).as("the unchanged contract left alone")
        .isEqualTo(contractWrites);

    fixtures.add(NAME, Behaviour.GOOD, contract.replace("Generated records of fixture quantum",
        "Reconciled ledger entries of fixture quantum"));
    dictionary.await("/api/search?q=reconciled&kind=contract", r -> r.path("total").asInt() == 1,
        Duration.ofSeconds(30));
    assertThat(seqNo(indices.contracts().alias(), NAME + "@1.0.0")).as("the changed contract written")
        .isGreaterThan(contractWrites);
  }

  @Test
  void a_quantum_serving_other_content_under_a_published_version_is_degraded_and_the_published_text_stays(
      @TempDir Path dir) {
    fixtures = FixtureQuanta.start(0);
    dictionary = TestDictionary.start(dir, Map.of());
    Indices indices = Indices.of(dictionary.indexPrefix());
    String name = "conflicting-quantum";
    String published = FixtureContracts.contract(name, 2, null);
    assertThat(dictionary.publish(name, published).statusCode()).isEqualTo(201);
    long publishedWrites = seqNo(indices.contracts().alias(), name + "@1.0.0");
    String served = published.replace("Generated records of fixture quantum", "Rewritten records of fixture quantum");
    assertThat(served).isNotEqualTo(published);

    assertThat(dictionary.announce(fixtures.add(name, Behaviour.GOOD, served), name).statusCode()).isEqualTo(201);
    JsonNode quantum = dictionary.await("/api/quanta/" + name, q -> q.path("health").asText().equals("degraded"),
        Duration.ofSeconds(30));

    assertThat(quantum.path("healthReasons").toString()).contains("contract-conflict: " + name + "@1.0.0");
    assertThat(seqNo(indices.contracts().alias(), name + "@1.0.0")).as("the published text is not overwritten")
        .isEqualTo(publishedWrites);
    assertThat(dictionary.json("/api/search?q=rewritten&kind=contract").path("total").asInt()).isZero();
  }

  @Test
  void a_published_text_is_kept_as_published_through_a_new_layout_and_a_quantum_serving_it(@TempDir Path dir) {
    fixtures = FixtureQuanta.start(0);
    dictionary = TestDictionary.start(dir, Map.of());
    String name = "published-quantum";
    String text = "# Published by the enterprise architects; comments and layout are part of the text.\n"
        + FixtureContracts.contract(name, 2, null);
    assertThat(dictionary.publish(name, text).statusCode()).isEqualTo(201);
    assertThat(publishedText(name)).isEqualTo(text);

    String relaid = text.replace("# Published by the enterprise architects", "# Reviewed by the enterprise architects");
    assertThat(dictionary.publish(name, relaid).statusCode()).as("the same contract again").isEqualTo(200);
    assertThat(publishedText(name)).as("the latest layout of the same contract").isEqualTo(relaid);

    // A quantum serving the same version (as JSON, so without the comments) leaves the published text alone.
    assertThat(dictionary.announce(fixtures.add(name, Behaviour.GOOD, text), name).statusCode()).isEqualTo(201);
    dictionary.await("/api/quanta/" + name, q -> q.path("health").asText().equals("healthy"), Duration.ofSeconds(30));
    dictionary.await("/api/contracts/" + name,
        c -> c.path("info").get(0).path("servedBy").toString().contains(name), Duration.ofSeconds(30));
    // The crawl wrote the contract in the same bulk request as the quantum; a refresh shows what it wrote.
    TestElasticsearch.request("POST", "/" + Indices.of(dictionary.indexPrefix()).contracts().alias() + "/_refresh", null);
    JsonNode info = dictionary.json("/api/contracts/" + name).path("info").get(0);
    assertThat(info.path("publishedText").asText()).isEqualTo(relaid);
    assertThat(dictionary.json("/api/search?q=" + name).toString()).as("search hits do not carry it")
        .doesNotContain("publishedText");
  }

  private String publishedText(String id) {
    JsonNode versions = dictionary.json("/api/contracts/" + id);
    assertThat(versions.path("info").size()).isEqualTo(1);
    return versions.path("info").get(0).path("publishedText").asText();
  }

  /** Crawls after {@code since}, as far as one document tells: 0, 1, or 2 meaning "at least two". */
  private long crawlsSince(JsonNode quantum, String since) {
    String last = quantum.path("crawl").path("lastCrawlAt").asText();
    if (last.equals(since)) {
      return 0;
    }
    // The schedule puts the next crawl 2 s after the last: a last crawl 2 s past the first means two since.
    return java.time.Instant.parse(last).isAfter(java.time.Instant.parse(since).plusMillis(3_000)) ? 2 : 1;
  }

  /** The sequence number of a document: it moves with every write of it. */
  private static long seqNo(String alias, String id) {
    HttpResponse<String> response = TestElasticsearch.request("GET", "/" + alias + "/_doc/" + id, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestDictionary.parse(response.body()).path("_seq_no").asLong();
  }
}
