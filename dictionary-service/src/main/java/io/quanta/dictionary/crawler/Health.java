package io.quanta.dictionary.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.contracts.Linted;
import io.quanta.dictionary.contracts.Resolved;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a quantum from one crawl: {@code healthy} when everything answered and is fine, {@code degraded}
 * with the reasons when it answered but something is wrong, {@code unreachable} when it did not answer, and
 * {@code stale} when it has not answered for longer than the stale period (its last known data is kept).
 */
final class Health {

  static final String PENDING = "pending";
  static final String HEALTHY = "healthy";
  static final String DEGRADED = "degraded";
  static final String UNREACHABLE = "unreachable";
  static final String STALE = "stale";

  private Health() {
  }

  /** The reasons a quantum that answered is not healthy; empty when it is. */
  static List<String> reasons(Claim claim, Snapshot snapshot, Linted linted, Resolved resolved, ObjectNode doc) {
    List<String> reasons = new ArrayList<>();
    JsonNode root = snapshot.root().json();
    if (root == null) {
      reasons.add(snapshot.root().ok() ? "not-a-quantum: / is not a quantum's JSON index"
          : snapshot.root().problem());
    } else if (root.path("id").isTextual() && !root.path("id").asText().equals(claim.id())) {
      reasons.add("id-mismatch: registered as " + claim.id() + ", but / says " + root.path("id").asText());
    }
    if (!snapshot.contract().ok()) {
      reasons.add(snapshot.contract().problem());
    } else if (linted != null && !linted.valid()) {
      reasons.add("invalid-contract: " + (linted.tree() == null ? "not YAML or JSON" : linted.errors() + " lint error"
          + (linted.errors() == 1 ? "" : "s")));
    } else if (resolved != null && !resolved.resolved() && !snapshot.servedEffective()) {
      reasons.add("unresolved-inheritance: " + resolved.findings().stream().filter(f -> f.isError()).findFirst()
          .map(f -> f.message()).orElse("the parents are not known"));
    }
    for (Fetched other : List.of(snapshot.descriptor(), snapshot.lineage(), snapshot.status(), snapshot.quality())) {
      if (!other.ok()) {
        reasons.add(other.problem());
      } else if (other.json() == null) {
        reasons.add("bad-answer: " + other.path() + " is not a JSON object");
      }
    }
    JsonNode quality = doc.path("quality");
    if ("fail".equals(quality.path("status").asText())) {
      int fail = quality.path("fail").asInt();
      reasons.add("quality-failing: " + fail + " rule" + (fail == 1 ? " fails" : "s fail"));
    }
    JsonNode freshness = doc.path("freshness");
    if (freshness.path("compliant").isBoolean() && !freshness.path("compliant").asBoolean()) {
      reasons.add("freshness-violated: " + freshness.path("object").asText() + " is "
          + (freshness.path("ageSeconds").isNumber() ? freshness.path("ageSeconds").asLong() + " s old" : "empty")
          + (freshness.path("slaSeconds").isNumber() ? ", SLA " + freshness.path("slaSeconds").asLong() + " s" : ""));
    }
    return reasons;
  }

  /** Unreachable, or stale once it has not been seen for {@code staleAfter} (never seen: unreachable). */
  static String unreachable(JsonNode previous, Instant now, Duration staleAfter) {
    JsonNode seen = previous.path("crawl").path("lastSeenAt");
    if (!seen.isTextual()) {
      return UNREACHABLE;
    }
    return Duration.between(Instant.parse(seen.asText()), now).compareTo(staleAfter) >= 0 ? STALE : UNREACHABLE;
  }
}
