package io.quanta.dictionary.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.testing.FixtureQuanta;
import io.quanta.dictionary.testing.FixtureQuanta.Behaviour;
import io.quanta.dictionary.testing.TestDictionary;
import io.quanta.dictionary.testing.TestElasticsearch;
import io.quanta.runtime.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that change behaviour: seed URLs, closed reads, JWT writers, custom policies; and the metrics. */
class SettingsIT {

  static final String SECRET = "a-test-secret-of-at-least-thirty-two-bytes";

  @Test
  void seeds_are_registered_and_crawled_without_an_announcement(@TempDir Path dir) {
    try (FixtureQuanta fixtures = FixtureQuanta.start(0)) {
      String url = fixtures.add("seeded", Behaviour.GOOD, null);
      try (TestDictionary dictionary = TestDictionary.start(dir, Map.of("QUANTA_DICTIONARY_SEEDS", url), null,
          TestElasticsearch.url())) {
        JsonNode seeded = dictionary.await("/api/quanta/seeded", q -> q.path("crawl").path("lastSeenAt").isTextual(),
            Duration.ofSeconds(30));
        assertThat(seeded.path("crawl").path("seed").asBoolean()).isTrue();
        assertThat(seeded.path("url").asText()).isEqualTo(url);
      }
    }
  }

  @Test
  void closed_reads_need_a_token_and_a_jwt_may_write(@TempDir Path dir) {
    try (TestDictionary dictionary = TestDictionary.start(dir, Map.of("QUANTA_JWT_SECRET", SECRET),
        "access:\n  openRead: false\n", TestElasticsearch.url())) {
      assertThat(dictionary.get("/api/search").statusCode()).isEqualTo(401);
      assertThat(dictionary.get("/observability/health").statusCode()).isEqualTo(200);
      HttpResponse<String> signed = dictionary.send(dictionary.signedIn("/api/search").GET().build());
      assertThat(signed.statusCode()).isEqualTo(200);

      String jwt = TestTokens.hs256(SECRET, TestTokens.claims("governance-bot", "publisher"));
      HttpResponse<String> published = dictionary.send(HttpRequest.newBuilder(URI.create(dictionary.url()
              + "/api/contracts/jwt-contract")).header("Authorization", "Bearer " + jwt)
          .header("Content-Type", "application/yaml").PUT(HttpRequest.BodyPublishers.ofString("""
              apiVersion: v3.1.0
              kind: DataContract
              id: jwt-contract
              version: 1.0.0
              status: active
              """)).build());
      assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
      JsonNode versions = TestDictionary.parse(dictionary.send(dictionary.signedIn("/api/contracts/jwt-contract")
          .GET().build()).body());
      assertThat(versions.path("info").get(0).path("publishedBy").asText()).isEqualTo("governance-bot");
    }
  }

  @Test
  void configured_policies_are_served_and_judge_the_report(@TempDir Path dir) throws Exception {
    Path policies = Files.writeString(dir.resolve("mesh.yaml"), """
        kind: PolicySet
        name: mesh-rules
        level: global
        policies:
          - id: described
            description: Every contract states its purpose.
            severity: error
            check: required-fundamentals
            params: {fields: [description.purpose]}
        """);
    try (FixtureQuanta fixtures = FixtureQuanta.start(0);
        TestDictionary dictionary = TestDictionary.start(dir.resolve("d"),
            Map.of("QUANTA_GOVERNANCE_POLICIES", policies.toString()), null, TestElasticsearch.url())) {
      JsonNode set = dictionary.json("/api/governance/policies");
      assertThat(set.path("name").asText()).isEqualTo("mesh-rules");
      assertThat(set.path("policies").get(0).path("id").asText()).isEqualTo("described");

      dictionary.announce(fixtures.add("purposeless", Behaviour.GOOD, io.quanta.dictionary.testing.FixtureContracts
          .contract("purposeless", 1, null).replaceAll("description:\\n  purpose: .*\\n", "")), "purposeless");
      dictionary.announce(fixtures.add("purposeful", Behaviour.GOOD, null), "purposeful");
      JsonNode report = dictionary.await("/api/governance/report", r -> r.path("summary").path("withErrors").asInt() == 1
          && r.path("summary").path("compliant").asInt() == 1, Duration.ofSeconds(30));
      assertThat(report.path("policySet").asText()).isEqualTo("mesh-rules");
      JsonNode failing = report.path("quanta").get(1);
      assertThat(failing.path("id").asText()).isEqualTo("purposeless");
      assertThat(failing.path("violations").get(0).path("policy").asText()).isEqualTo("described");
    }
  }

  @Test
  void metrics_count_crawls_and_quanta_by_health(@TempDir Path dir) {
    try (FixtureQuanta fixtures = FixtureQuanta.start(0);
        TestDictionary dictionary = TestDictionary.start(dir, Map.of())) {
      dictionary.announce(fixtures.add("metered", Behaviour.GOOD, null), "metered");
      dictionary.await("/api/quanta/metered", q -> q.path("health").asText().equals("healthy"), Duration.ofSeconds(30));

      dictionary.await("/api/mesh/health", m -> m.path("summary").path("healthy").asInt() == 1, Duration.ofSeconds(10));
      String metrics = dictionary.get("/observability/metrics").body();
      assertThat(metrics).contains("quanta_dictionary_crawls_total{outcome=\"healthy\"}",
          "quanta_dictionary_quanta{health=\"healthy\"} 1.0", "quanta_dictionary_elasticsearch_up 1.0",
          "quanta_dictionary_spooled 0.0", "jvm_memory_used_bytes");
    }
  }
}
