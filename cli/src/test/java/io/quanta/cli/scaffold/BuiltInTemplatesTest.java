package io.quanta.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.cli.CliHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template the CLI ships scaffolds a quantum that validates without an error or a warning. */
class BuiltInTemplatesTest {

  @TempDir
  Path dir;

  static Stream<String> builtIn() {
    List<Template> templates = TemplateCatalog.load(null).templates();
    assertThat(templates).isNotEmpty().allMatch(t -> t.origin().equals("built-in"));
    return templates.stream().map(Template::name);
  }

  @ParameterizedTest
  @MethodSource("builtIn")
  void scaffolds_a_quantum_that_validates_clean(String template) {
    CliHarness cli = new CliHarness();
    Path quantum = dir.resolve("sample-" + template);

    int created = cli.run("new", "sample-" + template, "--domain", "trial", "--template", template,
        "--dir", quantum.toString());
    int validated = cli.run("validate", quantum.toString());

    assertThat(created).as(cli.err()).isZero();
    assertThat(validated).as(cli.out()).isZero();
    assertThat(cli.out()).as(cli.out()).endsWith("sample-" + template + ": valid (0 errors, 0 warnings)\n")
        .doesNotContain(" info [");
  }
}
