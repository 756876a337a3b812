package io.quanta.dictionary.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.testing.FixtureQuanta;
import io.quanta.dictionary.testing.FixtureQuanta.Behaviour;
import io.quanta.dictionary.testing.TestDictionary;
import io.quanta.dictionary.testing.TestElasticsearch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quanta that answer garbage, never answer, serve an invalid contract or too much are marked so; others are fine. */
class FaultyQuantaIT {

  static TestDictionary dictionary;
  static FixtureQuanta fixtures;

  @BeforeAll
  static void start(@TempDir Path dir) {
    fixtures = FixtureQuanta.start(0);
    dictionary = TestDictionary.start(dir.resolve("dictionary"), Map.of(),
        "crawler:\n  timeoutSeconds: 2\n  maxResponseKilobytes: 256\n", TestElasticsearch.url());
    for (Behaviour behaviour : Behaviour.values()) {
      String name = behaviour.name().toLowerCase().replace('_', '-') + "-quantum";
      assertThat(dictionary.announce(fixtures.add(name, behaviour, null), name).statusCode()).isEqualTo(201);
    }
  }

  @AfterAll
  static void stop() {
    if (dictionary != null) {
      dictionary.close();
    }
    if (fixtures != null) {
      fixtures.close();
    }
  }

  @Test
  void a_good_quantum_crawled_with_broken_ones_is_healthy_and_searchable() {
    JsonNode good = dictionary.await("/api/quanta/good-quantum", q -> !q.path("health").asText().equals("pending"),
        Duration.ofSeconds(30));

    assertThat(good.path("health").asText()).as(good.path("healthReasons").toString()).isEqualTo("healthy");
    dictionary.await("/api/search?q=record_id&kind=quantum&health=healthy", r -> r.path("total").asInt() == 1,
        Duration.ofSeconds(10));
  }

  @Test
  void a_quantum_answering_garbage_is_degraded_and_says_why() {
    JsonNode garbage = dictionary.await("/api/quanta/garbage-quantum",
        q -> !q.path("health").asText().equals("pending"), Duration.ofSeconds(30));

    assertThat(garbage.path("health").asText()).isEqualTo("degraded");
    assertThat(garbage.path("healthReasons").toString()).contains("not-a-quantum", "invalid-contract");
    assertThat(garbage.path("findings").size()).isPositive();
  }

  @Test
  void a_quantum_that_never_answers_is_unreachable_after_the_timeout() {
    JsonNode silent = dictionary.await("/api/quanta/silent-quantum",
        q -> q.path("crawl").path("failures").asInt() >= 1, Duration.ofSeconds(30));

    assertThat(silent.path("health").asText()).isEqualTo("unreachable");
    assertThat(silent.path("crawl").path("lastError").asText()).startsWith("timeout");
    assertThat(silent.path("crawl").path("nextCrawlAt").asText()).isNotBlank();
  }

  @Test
  void an_invalid_contract_is_not_indexed_and_its_lint_findings_are_shown() {
    JsonNode invalid = dictionary.await("/api/quanta/invalid-contract-quantum",
        q -> !q.path("health").asText().equals("pending"), Duration.ofSeconds(30));

    assertThat(invalid.path("health").asText()).isEqualTo("degraded");
    assertThat(invalid.path("healthReasons").get(0).asText()).startsWith("invalid-contract:");
    assertThat(invalid.path("lint").path("valid").asBoolean()).isFalse();
    assertThat(invalid.path("findings").toString()).contains("\"severity\":\"error\"");
    assertThat(dictionary.get("/api/contracts/invalid-contract-quantum").statusCode()).isEqualTo(404);
  }

  @Test
  void a_quantum_sending_too_much_is_cut_off() {
    JsonNode huge = dictionary.await("/api/quanta/huge-quantum",
        q -> q.path("crawl").path("failures").asInt() >= 1, Duration.ofSeconds(30));

    assertThat(huge.path("crawl").path("lastError").asText()).startsWith("too-large");
  }

  @Test
  void failing_quanta_back_off_exponentially() {
    JsonNode silent = dictionary.await("/api/quanta/silent-quantum",
        q -> q.path("crawl").path("failures").asInt() >= 3, Duration.ofSeconds(60));

    java.time.Instant last = java.time.Instant.parse(silent.path("crawl").path("lastCrawlAt").asText());
    java.time.Instant next = java.time.Instant.parse(silent.path("crawl").path("nextCrawlAt").asText());
    assertThat(Duration.between(last, next)).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
  }
}
