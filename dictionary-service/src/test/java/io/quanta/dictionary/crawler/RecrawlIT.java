package io.quanta.dictionary.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.index.Indices;
import io.quanta.dictionary.testing.FixtureContracts;
import io.quanta.dictionary.testing.FixtureQuanta;
import io.quanta.dictionary.testing.FixtureQuanta.Behaviour;
import io.quanta.dictionary.testing.TestDictionary;
import io.quanta.dictionary.testing.TestElasticsearch;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawled again and again (every 2 s here), a quantum whose contract did not change leaves its contract
 * document alone, while its own document records each crawl; a contract changed under the same version is
 * written at the next crawl.
 */
class RecrawlIT {

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
