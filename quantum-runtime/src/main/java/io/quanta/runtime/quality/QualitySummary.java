package io.quanta.runtime.quality;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quality summary shared by {@code /observability/quality} and {@code /observability/status}: how many
 * rules' latest results came to each outcome, the last and the running check, and the schedules.
 */
public final class QualitySummary {

  private QualitySummary() {
  }

  /** Counts the latest result of each rule ({@code results} are newest first within a rule). */
  public static JsonObject of(QualityService service, QualityService.Results results) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    Set<String> seen = new HashSet<>();
    for (QualityResult r : results.results()) {
      if (seen.add(r.ruleId())) {
        counts.merge(r.outcome(), 1, Integer::sum);
      }
    }
    int rules = service.plan().rules().size();
    JsonObject out = new JsonObject()
        .put("rules", rules)
        .put("notYetChecked", rules - seen.size());
    counts.forEach((outcome, n) -> out.put(outcome.word(), n));
    return out
        .put("lastCheck", results.lastCheck() == null ? null : results.lastCheck().toJson())
        .put("running", results.running() == null ? null : results.running().toJson())
        .put("schedules", new JsonArray(List.copyOf(service.schedules())))
        .put("nextScheduledCheck", service.nextScheduledCheck().map(Object::toString).orElse(null));
  }

  /** Counts one check's results. */
  static JsonObject ofCheck(List<QualityResult> results) {
    JsonObject out = new JsonObject().put("rules", results.size());
    for (Outcome o : Outcome.values()) {
      out.put(o.word(), (int) results.stream().filter(r -> r.outcome() == o).count());
    }
    return out;
  }
}
