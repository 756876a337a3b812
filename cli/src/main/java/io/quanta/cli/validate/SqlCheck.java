package io.quanta.cli.validate;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.PipelineConfig;
import io.quanta.runtime.config.PipelineConfig.JdbcOrigin;
import io.quanta.runtime.config.PipelineConfig.SourceConfig;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.pipeline.PipelinePlan;
import io.quanta.runtime.schema.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL a managed quantum runs, checked as its start-up does ({@link PipelinePlan}: the transform file
 * has one read-only SELECT per object it makes, reads only staged sources by {@code {name}}, and every staged
 * source is read; every object is filled exactly once) plus each JDBC source's query, which must be one
 * SELECT. A sidecar runs none: another program writes its tables.
 */
final class SqlCheck {

  static final String NAME = "sql";

  private SqlCheck() {
  }

  static CheckResult run(QuantumFolder folder, QuantumConfig config, DataContract served) {
    if (config == null) {
      return CheckResult.skipped(NAME, "needs a quantum.yaml that loads");
    }
    PipelineConfig pipeline = config.pipeline();
    if (pipeline == null) {
      return CheckResult.skipped(NAME,
          "sidecar mode: another program writes the tables, the quantum runs no transform");
    }
    if (served == null) {
      return CheckResult.skipped(NAME, "needs a contract that lints");
    }
    String yaml = folder.name(folder.absolute().resolve(ConfigCheck.NAME));
    List<Finding> findings = new ArrayList<>();
    for (SourceConfig source : pipeline.sources()) {
      if (source.origin() instanceof JdbcOrigin jdbc) {
        String problem = selectProblem(jdbc.query());
        if (problem != null) {
          findings.add(new Finding(Severity.ERROR, "sql-jdbc-query", yaml, "/pipeline/sources/"
              + pipeline.sources().indexOf(source) + "/jdbc/query", null, "the query of source '" + source.name()
              + "' " + problem));
        }
      }
    }
    PipelinePlan plan;
    try {
      plan = PipelinePlan.of(pipeline, Catalog.of(served, config.objects()));
    } catch (ConfigException e) {
      String source = pipeline.transform() != null && e.getMessage().contains(pipeline.transform().getFileName()
          .toString()) ? folder.name(pipeline.transform()) : yaml;
      findings.add(new Finding(Severity.ERROR, "sql-transform", source, "", null, e.getMessage()));
      return CheckResult.ran(NAME, "the pipeline does not fit the contract: 'quanta run' would refuse to start",
          findings);
    }
    return CheckResult.ran(NAME, summary(folder, plan), findings);
  }

  private static String summary(QuantumFolder folder, PipelinePlan plan) {
    List<String> parts = new ArrayList<>();
    if (plan.transform() != null) {
      parts.add(folder.name(plan.config().transform()) + ": one SELECT for each of " + plan.transform().objects()
          .stream().sorted().toList() + " over " + plan.staged().stream().map(s -> "{" + s.name() + "}").toList());
    }
    if (!plan.identity().isEmpty()) {
      List<String> loads = new ArrayList<>();
      plan.identity().forEach((source, table) -> loads.add(source + " -> " + table.object()));
      parts.add("loaded as they are: " + loads.stream().sorted().toList());
    }
    return String.join("; ", parts);
  }

  /** Null when {@code query} is one read-only SELECT (or WITH ... SELECT), else what is wrong with it. */
  static String selectProblem(String query) {
    String sql = query.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
    if (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    if (sql.isEmpty()) {
      return "is empty";
    }
    String first = sql.split("[\\s(]+", 2)[0].toUpperCase(Locale.ROOT);
    if (!first.equals("SELECT") && !first.equals("WITH")) {
      return "must be one SELECT (or WITH ... SELECT); it starts with '" + first + "'";
    }
    // Semicolons inside quoted text or names do not end a statement.
    String unquoted = sql.replaceAll("'(?:[^'\\\\]|\\\\.|'')*'|\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`", "''");
    if (unquoted.contains(";")) {
      return "holds several statements; a source reads one SELECT";
    }
    return null;
  }
}
