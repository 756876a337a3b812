package io.quanta.dictionary.es;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.testing.FixtureQuanta;
import io.quanta.dictionary.testing.FixtureQuanta.Behaviour;
import io.quanta.dictionary.testing.TestDictionary;
import io.quanta.dictionary.testing.TestElasticsearch;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elasticsearch stopped while the dictionary crawls: reads answer 503, readiness fails, announcements are
 * spooled to disk; once Elasticsearch is back the spool is indexed, what was indexed before is still there,
 * and the crawler carries on by itself.
 */
class ElasticsearchDownIT {

  @Test
  void announcements_made_while_elasticsearch_is_down_are_indexed_once_it_is_back(@TempDir Path dir) throws Exception {
    try (FixtureQuanta fixtures = FixtureQuanta.start(0);
        TestDictionary dictionary = TestDictionary.start(dir.resolve("dictionary"), Map.of())) {
      dictionary.announce(fixtures.add("before-outage", Behaviour.GOOD, null), "before-outage");
      dictionary.await("/api/search?q=before-outage&kind=quantum", r -> r.path("total").asInt() == 1,
          Duration.ofSeconds(30));

      TestElasticsearch.stop();
      try {
        HttpResponse<String> search = dictionary.get("/api/search?q=anything");
        assertThat(search.statusCode()).isEqualTo(503);
        assertThat(search.headers().firstValue("Retry-After")).isPresent();
        assertThat(TestDictionary.parse(search.body()).path("code").asText()).isEqualTo("index-unavailable");
        HttpResponse<String> ready = dictionary.get("/observability/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(TestDictionary.parse(ready.body()).path("code").asText()).isEqualTo("not-ready");
        assertThat(dictionary.get("/observability/health").statusCode()).isEqualTo(200);
        assertThat(dictionary.get("/api/quanta/before-outage").statusCode()).isEqualTo(503);

        HttpResponse<String> announced = dictionary.announce(fixtures.add("during-outage", Behaviour.GOOD, null),
            "during-outage");
        assertThat(announced.statusCode()).isEqualTo(202);
        assertThat(TestDictionary.parse(announced.body()).path("queued").asBoolean()).isTrue();
        assertThat(TestDictionary.parse(dictionary.get("/observability/ready").body()).path("spooled").asInt())
            .isEqualTo(1);
        assertThat(Files.readString(dir.resolve("dictionary/spool/announcements.ndjson"))).contains("during-outage");
      } finally {
        TestElasticsearch.restart();
      }

      dictionary.await("/observability/ready", r -> r.path("spooled").asInt() == 0, Duration.ofSeconds(60));
      JsonNode during = dictionary.await("/api/quanta/during-outage",
          q -> q.path("crawl").path("lastSeenAt").isTextual(), Duration.ofSeconds(60));
      assertThat(during.path("health").asText()).isEqualTo("healthy");
      assertThat(dictionary.json("/api/quanta/before-outage").path("crawl").path("lastSeenAt").isTextual()).isTrue();
      dictionary.await("/api/search?q=record_id&kind=quantum", r -> r.path("total").asInt() == 2,
          Duration.ofSeconds(30));
      JsonNode before = dictionary.json("/api/quanta/before-outage");
      String seen = before.path("crawl").path("lastCrawlAt").asText();
      dictionary.await("/api/quanta/before-outage", q -> !q.path("crawl").path("lastCrawlAt").asText().equals(seen),
          Duration.ofSeconds(120));
    }
  }
}
