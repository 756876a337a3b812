package io.quanta.cli.scaffold;

import io.quanta.cli.QuantaCli;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quanta templates}: lists the templates {@code quanta new} can use, built-in and from a team's
 * folder, with their one-line descriptions. Exit 1 when a folder of the team's is not a usable template.
 *
 * <pre>{@code QUANTA_TEMPLATE_DIR=/platform/templates ./quanta templates}</pre>
 */
@Command(name = "templates",
    mixinStandardHelpOptions = true,
    description = {"List the templates of 'quanta new': the built-in ones and those of a team's folder.",
        "A template is a folder of files with {{variable}} placeholders and a template.yaml (docs/self-serve.md)."})
public final class TemplatesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--template-dir", paramLabel = "DIR", defaultValue = "${env:" + TemplateCatalog.ENV + "}",
      description = "A team's template folder, next to the built-in ones (default: $" + TemplateCatalog.ENV + ").")
  Path templateDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TemplateCatalog catalog;
    try {
      catalog = TemplateCatalog.load(templateDir);
    } catch (ScaffoldException e) {
      err.println("quanta templates: " + e.getMessage());
      err.flush();
      return QuantaCli.USAGE;
    }
    List<Template> templates = catalog.templates();
    int nameWidth = Math.max(8, templates.stream().mapToInt(t -> t.name().length()).max().orElse(0));
    int originWidth = Math.max(8, templates.stream().mapToInt(t -> t.origin().length()).max().orElse(0));
    String row = "%-" + nameWidth + "s  %-" + originWidth + "s  %s%n";
    out.printf(row, "TEMPLATE", "FROM", "DESCRIPTION");
    templates.forEach(t -> out.printf(row, t.name(), t.origin(), t.description()));
    out.println("Use: ./quanta new NAME --domain DOMAIN --template TEMPLATE");
    out.flush();
    catalog.problems().forEach(p -> err.println("quanta templates: skipped " + p));
    err.flush();
    return catalog.problems().isEmpty() ? 0 : QuantaCli.FINDINGS;
  }
}
