package io.quanta.contract.governance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.finding.FindingsReport;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.governance.PolicyResult.Outcome;
import java.util.Locale;

/** Renders a {@link PolicyReport} as text for people or as JSON for tools and the dictionary. */
public final class PolicyReportFormat {

  private PolicyReportFormat() {
  }

  /** A heading, one line per policy (PASS, FAIL or SKIP) with its violations under it, and a summary. */
  public static String text(PolicyReport report) {
    int width = report.results().stream().mapToInt(r -> r.policy().id().length()).max().orElse(0);
    StringBuilder out = new StringBuilder();
    out.append(report.source().isEmpty() ? "<contract>" : report.source()).append(" (contract ").append(report.contractId() == null ? "without id"
        : report.contractId()).append(report.domain() == null ? "" : ", domain " + report.domain()).append(")\n");
    for (PolicyResult result : report.results()) {
      String mark = switch (result.outcome()) {
        case PASS -> "PASS";
        case FAIL -> "FAIL";
        case NOT_APPLICABLE -> "SKIP";
      };
      Policy policy = result.policy();
      out.append(String.format(Locale.ROOT, "  %s  %-7s  %-" + Math.max(1, width) + "s  %s%n", mark,
          policy.severity().word(), policy.id(), result.outcome() == Outcome.NOT_APPLICABLE
              ? "(not in scope) " + policy.description() : policy.description()));
      result.violations().forEach(v -> out.append("        ").append(v).append('\n'));
    }
    return out.append("  ").append(report.summary()).append('\n').toString();
  }

  /** The report as a JSON object: contract, verdict, per-policy outcome with violations, counts. */
  public static ObjectNode json(PolicyReport report) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("source", report.source());
    node.put("id", report.contractId());
    node.put("domain", report.domain());
    node.put("hasErrors", report.hasErrors());
    ArrayNode policies = node.putArray("policies");
    for (PolicyResult result : report.results()) {
      Policy policy = result.policy();
      ObjectNode entry = policies.addObject();
      entry.put("id", policy.id());
      entry.put("check", policy.check());
      entry.put("severity", policy.severity().word());
      entry.put("description", policy.description());
      entry.put("origin", policy.origin().toString());
      entry.put("outcome", result.outcome().word());
      entry.set("violations", FindingsReport.json(result.violations()));
    }
    ObjectNode summary = node.putObject("summary");
    summary.put("passed", report.count(Outcome.PASS));
    summary.put("failed", report.count(Outcome.FAIL));
    summary.put("notApplicable", report.count(Outcome.NOT_APPLICABLE));
    for (Severity severity : Severity.values()) {
      summary.put("failed" + capitalised(severity.word()), report.failedWith(severity));
    }
    return node;
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
