package io.quanta.cli.scaffold;

import io.quanta.cli.QuantaCli;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quanta new NAME --domain D --template T}: scaffolds a quantum folder from a template, ready for
 * {@code quanta validate} and {@code quanta run}. Exit 0 when written, 2 on a bad name, an unknown template
 * or a folder that exists and is not empty.
 *
 * <pre>{@code ./quanta new shop-orders --domain sales --template sidecar --dir quanta/shop-orders}</pre>
 */
@Command(name = "new",
    mixinStandardHelpOptions = true,
    description = {"Scaffold a quantum from a template: quantum.yaml, an ODCS contract, SQL, sample data, a README.",
        "It passes 'quanta validate' and runs with 'quanta run' as generated. 'quanta templates' lists the templates."})
public final class NewCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The quantum's id: lower-case words joined by dashes (shop-orders).")
  String name;

  @Option(names = "--domain", paramLabel = "D", required = true,
      description = "The domain that owns the quantum (sales, retail...).")
  String domain;

  @Option(names = "--template", paramLabel = "T", defaultValue = "file-source",
      description = "The template (default: ${DEFAULT-VALUE}); see 'quanta templates'.")
  String template;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "The quantum's folder, created (default: ./NAME). An existing non-empty folder is refused.")
  Path dir;

  @Option(names = "--template-dir", paramLabel = "DIR", defaultValue = "${env:" + TemplateCatalog.ENV + "}",
      description = "A team's template folder, next to the built-in ones (default: $" + TemplateCatalog.ENV + ").")
  Path templateDir;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8081",
      description = "The quantum's HTTP port in quantum.yaml (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--owner", paramLabel = "USER",
      description = "The contract owner's user name (default: your login name).")
  String owner;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path target = dir != null ? dir : Path.of(name);
    try {
      Map<String, String> variables = QuantumVariables.of(name, domain, port,
          owner != null ? owner : QuantumVariables.defaultOwner(), target.toString());
      TemplateCatalog catalog = TemplateCatalog.load(templateDir);
      Template chosen = catalog.find(template).orElseThrow(() -> new ScaffoldException("no template '" + template
          + "'; the templates are " + catalog.templates().stream().map(Template::name).toList()
          + " ('quanta templates' describes them)"));
      List<Path> files = Scaffolder.create(chosen, target, variables);
      out.println("Created quantum " + name + " (template " + chosen.name() + ", domain " + domain + ") in "
          + target + ":");
      files.forEach(f -> out.println("  " + f));
      out.println("Next: ./quanta validate " + target + "   then   ./quanta run " + target
          + (files.contains(Path.of("README.md")) ? "   (" + target.resolve("README.md") + " says more)" : ""));
      out.flush();
      return 0;
    } catch (ScaffoldException e) {
      err.println("quanta new: " + e.getMessage());
      err.flush();
      return QuantaCli.USAGE;
    }
  }
}
