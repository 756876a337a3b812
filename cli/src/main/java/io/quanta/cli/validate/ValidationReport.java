package io.quanta.cli.validate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.FindingsReport;
import io.quanta.contract.finding.Severity;
import java.util.List;

/** Everything {@code quanta validate} found in one quantum folder, as text or JSON. */
public record ValidationReport(String directory, String quantum, List<CheckResult> checks) {

  public ValidationReport {
    checks = List.copyOf(checks);
  }

  public List<Finding> findings() {
    return checks.stream().flatMap(c -> c.findings().stream()).toList();
  }

  /** True when no check found an error: the quantum may run and publish. */
  public boolean valid() {
    return !FindingsReport.hasErrors(findings());
  }

  /** A table of the checks, then every finding in compiler form, then the verdict. */
  public String text() {
    StringBuilder out = new StringBuilder("quanta validate ").append(directory).append('\n');
    int width = checks.stream().mapToInt(c -> c.check().length()).max().orElse(0);
    for (CheckResult check : checks) {
      out.append(String.format("  %-" + width + "s  %-8s  %s%n", check.check(), check.status().word(),
          check.summary()));
    }
    List<Finding> findings = findings();
    if (!findings.isEmpty()) {
      out.append('\n');
      for (CheckResult check : checks) {
        out.append(FindingsReport.text(check.findings()));
      }
    }
    out.append('\n').append(quantum == null ? directory : quantum).append(": ")
        .append(valid() ? "valid" : "NOT valid").append(" (").append(FindingsReport.summary(findings)).append(")\n");
    return out.toString();
  }

  /** {@code {directory, quantum, valid, errors, warnings, checks: [{check, status, summary, findings}]}}. */
  public ObjectNode json() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("directory", directory);
    if (quantum != null) {
      root.put("quantum", quantum);
    }
    root.put("valid", valid());
    root.put("errors", findings().stream().filter(f -> f.severity() == Severity.ERROR).count());
    root.put("warnings", findings().stream().filter(f -> f.severity() == Severity.WARNING).count());
    var array = root.putArray("checks");
    for (CheckResult check : checks) {
      array.addObject()
          .put("check", check.check())
          .put("status", check.status().word())
          .put("summary", check.summary())
          .set("findings", FindingsReport.json(check.findings()));
    }
    return root;
  }
}
