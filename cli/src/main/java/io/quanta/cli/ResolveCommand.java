package io.quanta.cli;

import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.FindingsReport;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.inherit.FolderContractSource;
import io.quanta.contract.inherit.InheritanceResolver;
import io.quanta.contract.inherit.Resolution;
import io.quanta.contract.model.DataContract;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code quanta contract resolve}: prints the effective contract of a contract that extends others,
 * or the findings (cycle, missing parent, illegal override…) that prevent it. Only the effective
 * contract goes to standard output; findings go to standard error.
 *
 * <pre>{@code ./quanta contract resolve contracts/retail-customer.odcs.yaml --path contracts}</pre>
 */
@Command(name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
        "Print the effective contract of FILE: its parent chain (customProperties: extends) merged in, each "
            + "inherited element marked with an inheritedFrom or overrides custom property.",
        "Exit codes: 0 resolved, 1 findings (cycle, missing parent, illegal override…), 2 usage or I/O error."})
final class ResolveCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The contract to resolve (.odcs.yaml or .odcs.json).")
  Path file;

  @Option(names = "--path", paramLabel = "DIR",
      description = "A folder where parents are looked up, recursively; repeatable. Default: FILE's folder.")
  List<Path> paths = new ArrayList<>();

  private String format = "yaml";

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
      description = "yaml (default) or json.")
  void format(String value) {
    if (!value.equals("yaml") && !value.equals("json")) {
      throw new ParameterException(spec.commandLine(), "--format must be yaml or json, not '" + value + "'");
    }
    format = value;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return fail(err, "no such file: " + file);
    } catch (IOException e) {
      return fail(err, "cannot read " + file + ": " + e.getMessage());
    }
    for (Path folder : paths) {
      if (!Files.isDirectory(folder)) {
        return fail(err, "--path " + folder + " is not a folder");
      }
    }
    ParsedDocument document;
    DataContract contract;
    try {
      document = ContractCodec.parse(file.toString(), text);
    } catch (ContractSyntaxException e) {
      return findings(err, List.of(new Finding(Severity.ERROR, "yaml-syntax", file.toString(), "", e.position(),
          e.getMessage())));
    }
    try {
      contract = ContractCodec.bind(document.tree());
    } catch (ContractBindingException e) {
      return findings(err, List.of(new Finding(Severity.ERROR, "model-binding", file.toString(), e.pointer(),
          document.sourceMap().locate(e.pointer()), e.getMessage())));
    }
    List<Path> folders = paths.isEmpty() ? List.of(folderOf(file)) : paths;
    Resolution resolution = new InheritanceResolver(FolderContractSource.scan(folders)).resolve(contract, document);
    if (resolution.effective().isEmpty()) {
      return findings(err, resolution.findings());
    }
    DataContract effective = resolution.effective().get().annotated();
    out.print(format.equals("json") ? ContractCodec.toJson(effective) + "\n" : ContractCodec.toYaml(effective));
    out.flush();
    return 0;
  }

  private static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private static int findings(PrintWriter err, List<Finding> findings) {
    err.print(FindingsReport.text(findings));
    err.println(FindingsReport.summary(findings));
    err.flush();
    return QuantaCli.FINDINGS;
  }

  private static int fail(PrintWriter err, String message) {
    err.println("quanta: " + message);
    err.flush();
    return QuantaCli.USAGE;
  }
}
