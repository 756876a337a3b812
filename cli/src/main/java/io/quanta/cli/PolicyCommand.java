package io.quanta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.governance.CombinedPolicies;
import io.quanta.contract.governance.PolicyEngine;
import io.quanta.contract.governance.PolicyLoad;
import io.quanta.contract.governance.PolicyReport;
import io.quanta.contract.governance.PolicyReportFormat;
import io.quanta.contract.governance.PolicySet;
import io.quanta.contract.governance.PolicySets;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.inherit.FolderContractSource;
import io.quanta.contract.inherit.InheritanceResolver;
import io.quanta.contract.inherit.Resolution;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quanta contract policy}: checks contracts against governance policies, the built-in default set
 * or the policy folders given.
 *
 * <pre>{@code ./quanta contract policy orders.odcs.yaml --policies policies/global --policies policies/retail}</pre>
 */
@Command(name = "policy",
    mixinStandardHelpOptions = true,
    description = {"Check ODCS contracts against governance policies (see docs/governance.md).",
        "Exit 0 when no error-severity policy fails, 1 when one does, 2 on usage errors, unreadable files"
            + " or invalid policy files."})
final class PolicyCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract files, YAML or JSON.")
  List<Path> files;

  @Option(names = "--policies", paramLabel = "DIR",
      description = "A folder of policy sets (*.yaml and *.yml, searched recursively) or one policy file."
          + " Repeatable. Without it the built-in default set applies.")
  List<Path> policies = new ArrayList<>();

  @Option(names = "--path", paramLabel = "DIR",
      description = "A folder where the parents of contracts that extend others are looked up, recursively;"
          + " repeatable. FILE's own folder is always searched. Policies judge the effective contract.")
  List<Path> parents = new ArrayList<>();

  @Option(names = "--with-defaults",
      description = "Also apply the built-in default set, as a global set, next to the --policies folders.")
  boolean withDefaults;

  @Mixin
  ReportFormat format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<CombinedPolicies> combined = policies(err);
    if (combined.isEmpty()) {
      return QuantaCli.USAGE;
    }
    int exit = 0;
    List<PolicyReport> reports = new ArrayList<>();
    for (Path file : files) {
      Optional<PolicyReport> report = evaluate(file, parents, combined.get(), err);
      if (report.isEmpty()) {
        exit = QuantaCli.USAGE;
      } else {
        reports.add(report.get());
      }
    }
    boolean blocked = reports.stream().anyMatch(PolicyReport::hasErrors);
    out.print(format.json() ? json(reports, blocked) : text(reports));
    out.flush();
    return exit != 0 ? exit : blocked ? QuantaCli.FINDINGS : 0;
  }

  private Optional<CombinedPolicies> policies(PrintWriter err) {
    List<PolicySet> sets = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    if (policies.isEmpty() || withDefaults) {
      sets.add(PolicySets.defaults());
    }
    if (!policies.isEmpty()) {
      try {
        PolicyLoad load = PolicySets.load(policies);
        if (load.sets().isEmpty() && load.problems().isEmpty()) {
          err.println("quanta: no policy files (*.yaml, *.yml) in " + policies.get(0)
              + (policies.size() > 1 ? " and the other --policies folders" : ""));
          return Optional.empty();
        }
        sets.addAll(load.sets());
        problems.addAll(load.problems());
      } catch (IOException e) {
        err.println("quanta: cannot read the policies: " + describe(e));
        return Optional.empty();
      }
    }
    CombinedPolicies combined = PolicySets.combine(sets);
    problems.addAll(combined.problems());
    if (!problems.isEmpty()) {
      problems.stream().sorted(Finding.ORDER).forEach(err::println);
      err.println("quanta: the policy files have " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
          + "; fix them before checking contracts");
      return Optional.empty();
    }
    return Optional.of(combined);
  }

  private static Optional<PolicyReport> evaluate(Path file, List<Path> parents, CombinedPolicies combined,
      PrintWriter err) {
    String source = file.toString();
    try {
      ParsedDocument document = ContractCodec.parse(source, Files.readString(file, StandardCharsets.UTF_8));
      DataContract contract = effective(file, parents, ContractCodec.bind(document.tree()), document, err);
      return Optional.of(PolicyEngine.evaluate(contract, combined.forContract(contract), source,
          document.sourceMap()));
    } catch (IOException e) {
      err.println("quanta: cannot read " + source + ": " + describe(e));
    } catch (ContractSyntaxException e) {
      err.println(source + ":" + e.position() + ": " + e.getMessage());
    } catch (ContractBindingException e) {
      err.println(source + ": at " + (e.pointer().isEmpty() ? "/" : e.pointer()) + ": " + e.getMessage()
          + " (run quanta contract lint for details)");
    }
    return Optional.empty();
  }

  /**
   * A contract that extends others is judged with what it inherits (an inherited primary key is its
   * primary key); when its parents cannot be resolved it is judged as written, and the user is told why.
   */
  private static DataContract effective(Path file, List<Path> parents, DataContract contract,
      ParsedDocument document, PrintWriter err) {
    if (contract.extendsValue().isEmpty()) {
      return contract;
    }
    List<Path> folders = new ArrayList<>(parents);
    folders.add(file.toAbsolutePath().getParent());
    Resolution resolution = new InheritanceResolver(FolderContractSource.scan(folders)).resolve(contract, document);
    if (resolution.effective().isPresent()) {
      return resolution.effective().get().contract();
    }
    String why = resolution.findings().stream().filter(Finding::isError).findFirst()
        .map(Finding::message).orElse("no parent found");
    err.println("quanta: " + file + " extends " + contract.extendsValue().get() + ", but its parents do not resolve ("
        + why + "); judging it as written (add --path DIR)");
    return contract;
  }

  /** Java's I/O messages are often just the path; say what went wrong instead. */
  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder " + e.getMessage();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied on " + e.getMessage();
    }
    if (e instanceof MalformedInputException) {
      return "not UTF-8 text";
    }
    return e.getMessage();
  }

  private static String text(List<PolicyReport> reports) {
    StringBuilder out = new StringBuilder();
    reports.forEach(r -> out.append(PolicyReportFormat.text(r)).append('\n'));
    long blocked = reports.stream().filter(PolicyReport::hasErrors).count();
    out.append(reports.size()).append(reports.size() == 1 ? " contract checked: " : " contracts checked: ");
    out.append(blocked == 0 ? "no error policy failed" : blocked + " failed an error policy and must not be published");
    return out.append('\n').toString();
  }

  private static String json(List<PolicyReport> reports, boolean blocked) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("hasErrors", blocked);
    ArrayNode contracts = root.putArray("contracts");
    reports.forEach(r -> contracts.add(PolicyReportFormat.json(r)));
    return ContractCodec.writeJson(root) + "\n";
  }
}
