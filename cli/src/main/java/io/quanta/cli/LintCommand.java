package io.quanta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.FindingsReport;
import io.quanta.contract.lint.ContractLinter;
import io.quanta.contract.lint.LintReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quanta contract lint FILE...}: checks contracts against the ODCS v3.1.0 JSON Schema and the
 * semantic checks. Exit 0 when no file has an error, 1 when one has (or, with {@code --strict}, a
 * warning), 2 on usage errors or unreadable files.
 *
 * <pre>{@code ./quanta contract lint contracts/*.odcs.yaml --format json}</pre>
 */
@Command(name = "lint",
    mixinStandardHelpOptions = true,
    description = {
        "Check ODCS contracts against the official v3.1.0 JSON Schema and Quanta's semantic checks.",
        "Schema violations and malformed files are errors; semantic findings are warnings.",
        "Exit codes: 0 no file has errors, 1 some file has errors, 2 usage or unreadable file."})
final class LintCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract files in YAML or JSON.")
  List<Path> files;

  @Mixin
  ReportFormat format;

  @Option(names = "--strict", description = "Fail on warnings too (exit 1).")
  boolean strict;

  /** One file's outcome: a report, or why it could not be read. */
  private record Outcome(Path file, LintReport report, String unreadable) {
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ContractLinter linter = ContractLinter.create();
    List<Outcome> outcomes = new ArrayList<>();
    for (Path file : files) {
      try {
        outcomes.add(new Outcome(file, linter.lint(file), null));
      } catch (IOException e) {
        String reason = reason(file, e);
        err.println("quanta: cannot read " + file + ": " + reason);
        outcomes.add(new Outcome(file, null, reason));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.json() ? json(outcomes) : text(outcomes));
    out.flush();
    err.flush();
    if (outcomes.stream().anyMatch(o -> o.report() == null)) {
      return QuantaCli.USAGE;
    }
    return outcomes.stream().anyMatch(o -> o.report().fails(strict)) ? QuantaCli.FINDINGS : 0;
  }

  private String text(List<Outcome> outcomes) {
    StringBuilder text = new StringBuilder();
    List<Finding> all = new ArrayList<>();
    int unreadable = 0;
    int failed = 0;
    for (Outcome outcome : outcomes) {
      if (outcome.report() == null) {
        unreadable++;
        continue;
      }
      text.append(FindingsReport.text(outcome.report().findings()));
      all.addAll(outcome.report().findings());
      failed += outcome.report().fails(strict) ? 1 : 0;
    }
    int passed = outcomes.size() - unreadable - failed;
    text.append(count(outcomes.size(), "file")).append(": ");
    if (unreadable > 0) {
      text.append(unreadable).append(" unreadable, ");
    }
    text.append(strict ? failed + " failed, " + passed + " passed" : failed + " with errors, " + passed + " valid");
    text.append(" (").append(FindingsReport.summary(all)).append(strict ? "; --strict: warnings fail" : "")
        .append(")\n");
    return text.toString();
  }

  private String json(List<Outcome> outcomes) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Outcome outcome : outcomes) {
      ObjectNode entry = array.addObject();
      entry.put("file", outcome.file().toString());
      if (outcome.report() == null) {
        entry.put("valid", false);
        entry.put("error", "cannot read: " + outcome.unreadable());
        entry.set("findings", JsonNodeFactory.instance.arrayNode());
      } else {
        entry.put("valid", !outcome.report().fails(strict));
        entry.set("findings", FindingsReport.json(outcome.report().findings()));
      }
    }
    return ContractCodec.writeJson(array) + "\n";
  }

  private static String reason(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof MalformedInputException) {
      return "not UTF-8 text";
    }
    if (Files.isDirectory(file)) {
      return "it is a directory";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String count(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
