package io.quanta.cli.scaffold;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates {@code quanta new} can use: the built-in ones, shipped in the CLI jar under
 * {@code io/quanta/cli/templates/}, and those of a team folder (each sub-folder with a {@code template.yaml}).
 * A team template named like a built-in one replaces it, so a platform team can adapt the defaults.
 */
public final class TemplateCatalog {

  /** The environment variable naming a team's template folder when {@code --template-dir} is not given. */
  public static final String ENV = "QUANTA_TEMPLATE_DIR";
  static final String BUILT_IN = "/io/quanta/cli/templates";

  private final Map<String, Template> templates;
  private final List<String> problems;

  private TemplateCatalog(Map<String, Template> templates, List<String> problems) {
    this.templates = templates;
    this.problems = problems;
  }

  /**
   * The built-in templates plus those of {@code teamFolder} (null for none). A team folder that does not exist
   * is an error; a sub-folder that is not a usable template is a problem, listed and skipped.
   */
  public static TemplateCatalog load(Path teamFolder) {
    Map<String, Template> found = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    scan(builtInRoot(), "built-in", found, problems);
    if (teamFolder != null) {
      if (!Files.isDirectory(teamFolder)) {
        throw new ScaffoldException("the template folder " + teamFolder + " does not exist (--template-dir or "
            + ENV + ")");
      }
      scan(teamFolder.toAbsolutePath().normalize(), teamFolder.toString(), found, problems);
    }
    return new TemplateCatalog(found, List.copyOf(problems));
  }

  /** Every template, by name. */
  public List<Template> templates() {
    return List.copyOf(templates.values());
  }

  /** Sub-folders of the team folder that could not be read as templates, one sentence each. */
  public List<String> problems() {
    return problems;
  }

  public Optional<Template> find(String name) {
    return Optional.ofNullable(templates.get(name));
  }

  private static void scan(Path root, String origin, Map<String, Template> found, List<String> problems) {
    List<Path> folders;
    try (Stream<Path> children = Files.list(root)) {
      folders = children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new ScaffoldException("cannot list the templates in " + origin + ": " + e.getMessage());
    }
    for (Path folder : folders) {
      String name = folder.getFileName().toString().replaceAll("/+$", "");
      if (name.startsWith(".")) {
        continue;
      }
      String where = origin.equals("built-in") ? "built-in template " + name + "/" + Template.MANIFEST
          : folder.resolve(Template.MANIFEST).toString();
      try {
        found.put(name, new Template(name, TemplateManifest.description(folder, where), origin, folder));
      } catch (ScaffoldException e) {
        problems.add(e.getMessage());
      }
    }
  }

  /** The built-in templates' folder, inside the CLI jar (a zip file system) or under target/classes. */
  private static Path builtInRoot() {
    URL url = TemplateCatalog.class.getResource(BUILT_IN);
    if (url == null) {
      throw new ScaffoldException("the built-in templates are missing from the quanta jar; rebuild it");
    }
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) {
        return Path.of(uri);
      }
      try {
        FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        // Opened by an earlier call in this JVM; Path.of finds it.
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new ScaffoldException("cannot open the built-in templates: " + e.getMessage());
    }
  }
}
