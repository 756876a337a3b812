package io.quanta.dictionary.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HealthTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void an_unreachable_quantum_turns_stale_after_the_stale_period_and_never_seen_ones_stay_unreachable() {
    Instant now = Instant.parse("2026-01-01T12:00:00Z");
    ObjectNode seen = JSON.createObjectNode();
    seen.putObject("crawl").put("lastSeenAt", "2026-01-01T11:58:00Z");

    assertThat(Health.unreachable(seen, now, Duration.ofMinutes(5))).isEqualTo("unreachable");
    assertThat(Health.unreachable(seen, now, Duration.ofMinutes(1))).isEqualTo("stale");
    assertThat(Health.unreachable(JSON.createObjectNode(), now, Duration.ofMinutes(1))).isEqualTo("unreachable");
  }

  @Test
  void reasons_name_what_is_wrong() {
    Fetched ok = new Fetched("/", 200, "{\"id\":\"other\"}", null);
    Fetched json = new Fetched("/x", 200, "{}", null);
    Snapshot snapshot = new Snapshot(ok, new Fetched("/discovery/contract", 500, "", null), json,
        new Fetched("/discovery/descriptor", 200, "not json", null), json, json,
        Fetched.failed("/observability/quality", "timeout: no complete answer within 5.0 s"));
    ObjectNode doc = JSON.createObjectNode();
    doc.putObject("quality").put("status", "fail").put("fail", 2);
    doc.putObject("freshness").put("object", "orders").put("ageSeconds", 7200).put("slaSeconds", 3600)
        .put("compliant", false);

    var reasons = Health.reasons(new Claim("orders", "http://q", JSON.createObjectNode(), 0, 1), snapshot, null, null,
        doc);

    assertThat(reasons).containsExactly(
        "id-mismatch: registered as orders, but / says other",
        "endpoint-failed: /discovery/contract answered HTTP 500",
        "bad-answer: /discovery/descriptor is not a JSON object",
        "timeout: no complete answer within 5.0 s",
        "quality-failing: 2 rules fail",
        "freshness-violated: orders is 7200 s old, SLA 3600 s");
  }
}
