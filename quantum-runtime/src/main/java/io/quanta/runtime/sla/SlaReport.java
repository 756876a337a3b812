package io.quanta.runtime.sla;

import io.quanta.runtime.sla.SlaTerms.Term;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * The {@code sla} part of {@code /observability/status}: every SLA property with what it means here, and
 * for each latency promise the objects it applies to and whether their freshness keeps it. Overall
 * compliance is true when every measured latency promise is kept, false when one is not, and null when
 * nothing could be measured (no latency, or no freshness column under it).
 */
public final class SlaReport {

  private SlaReport() {
  }

  public static JsonObject of(SlaTerms terms, Map<String, Freshness> freshness) {
    JsonArray details = new JsonArray();
    Boolean overall = null;
    for (Term term : terms.terms()) {
      JsonObject detail = new JsonObject()
          .put("property", term.property().property())
          .put("value", term.property().value())
          .put("unit", term.property().unit())
          .put("element", term.property().element())
          .put("seconds", term.duration() == null ? null : term.duration().getSeconds())
          .put("meaning", term.meaning())
          .put("measured", term.latency() && term.duration() != null);
      if (term.latency() && term.duration() != null) {
        JsonArray objects = new JsonArray();
        Boolean kept = null;
        for (Freshness f : freshness.values()) {
          if (!term.appliesTo(f.object())) {
            continue;
          }
          boolean ok = f.ageSeconds() != null && f.ageSeconds() <= term.duration().getSeconds();
          kept = kept == null ? ok : kept && ok;
          objects.add(new JsonObject().put("object", f.object()).put("ageSeconds", f.ageSeconds())
              .put("compliant", ok));
        }
        detail.put("compliant", kept).put("objects", objects);
        if (kept != null) {
          overall = overall == null ? kept : overall && kept;
        }
      }
      details.add(detail);
    }
    return new JsonObject().put("compliant", overall).put("details", details);
  }
}
