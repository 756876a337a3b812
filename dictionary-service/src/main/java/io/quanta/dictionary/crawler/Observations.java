package io.quanta.dictionary.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads what the dictionary indexes of a quantum's {@code /observability/status} and
 * {@code /observability/quality}: the freshness of its stalest object against the SLA, the quality verdict
 * and overall SLA compliance.
 */
final class Observations {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Observations() {
  }

  /** {@code {object, ageSeconds, slaSeconds, lastUpdate, compliant}} of the stalest object; empty when none is measured. */
  static ObjectNode freshness(JsonNode status) {
    ObjectNode out = NODES.objectNode();
    if (status == null) {
      return out;
    }
    JsonNode worst = null;
    String worstObject = null;
    Boolean compliant = null;
    for (JsonNode object : status.path("objects")) {
      JsonNode f = object.path("freshness");
      if (!f.isObject()) {
        continue;
      }
      if (f.path("compliant").isBoolean()) {
        compliant = compliant == null ? f.path("compliant").asBoolean() : compliant && f.path("compliant").asBoolean();
      }
      if (worst == null || worse(f, worst)) {
        worst = f;
        worstObject = object.path("object").asText();
      }
    }
    if (worst == null) {
      return out;
    }
    out.put("object", worstObject);
    copy(worst, out, "ageSeconds");
    copy(worst, out, "slaSeconds");
    copy(worst, out, "lastUpdate");
    if (compliant != null) {
      out.put("compliant", compliant);
    }
    return out;
  }

  /** A broken promise is worse than a kept one; then an unknown age, then the older. */
  private static boolean worse(JsonNode a, JsonNode b) {
    boolean aBroken = a.path("compliant").isBoolean() && !a.path("compliant").asBoolean();
    boolean bBroken = b.path("compliant").isBoolean() && !b.path("compliant").asBoolean();
    if (aBroken != bBroken) {
      return aBroken;
    }
    return age(a) > age(b);
  }

  private static long age(JsonNode f) {
    return f.path("ageSeconds").isNumber() ? f.path("ageSeconds").asLong() : Long.MAX_VALUE;
  }

  /** {@code {status, rules, pass, warn, fail, notYetChecked, lastCheckAt}} from the quality summary. */
  static ObjectNode quality(JsonNode quality, JsonNode status) {
    JsonNode summary = quality != null ? quality.path("summary") : status != null ? status.path("quality")
        : NODES.missingNode();
    ObjectNode out = NODES.objectNode();
    if (!summary.isObject()) {
      out.put("status", "unknown");
      return out;
    }
    int rules = summary.path("rules").asInt(0);
    int pass = summary.path("pass").asInt(0);
    int warn = summary.path("warn").asInt(0);
    int fail = summary.path("fail").asInt(0);
    int error = summary.path("error").asInt(0);
    int notYet = summary.path("notYetChecked").asInt(0);
    String verdict = rules == 0 ? "none" : fail > 0 ? "fail" : warn + error > 0 ? "warn"
        : notYet >= rules ? "unknown" : "pass";
    out.put("status", verdict).put("rules", rules).put("pass", pass).put("warn", warn).put("fail", fail)
        .put("notYetChecked", notYet);
    JsonNode finished = summary.path("lastCheck").path("finishedAt");
    if (finished.isTextual()) {
      out.put("lastCheckAt", finished.asText());
    }
    return out;
  }

  /** {@code {compliant}}: the quantum's own SLA verdict (null when nothing is measured). */
  static ObjectNode sla(JsonNode status) {
    ObjectNode out = NODES.objectNode();
    JsonNode compliant = status == null ? null : status.path("sla").path("compliant");
    if (compliant != null && compliant.isBoolean()) {
      out.put("compliant", compliant.asBoolean());
    }
    return out;
  }

  private static void copy(JsonNode from, ObjectNode to, String key) {
    JsonNode value = from.path(key);
    if (!value.isMissingNode() && !value.isNull()) {
      to.set(key, value);
    }
  }
}
