package io.quanta.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.cli.CliHarness;
import io.quanta.contract.codec.ContractCodec;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template the CLI ships scaffolds a quantum that validates without an error or a warning, with a
 * short name and with the longest name allowed. The one warning allowed is that the local mesh's dictionary
 * (which the composed template looks its upstreams up in) is not running during the build.
 */
class BuiltInTemplatesTest {

  @TempDir
  Path dir;

  static Stream<Arguments> builtIn() {
    List<Template> templates = TemplateCatalog.load(null).templates();
    assertThat(templates).extracting(Template::name)
        .containsExactlyInAnyOrder("composed", "file-source", "jdbc-source", "sidecar");
    String longest = "q" + "-abcdefghi".repeat(5);
    assertThat(longest).hasSize(QuantumVariables.MAX_LENGTH);
    return templates.stream().flatMap(t -> Stream.of(Arguments.of(t.name(), "my-" + t.name()),
        Arguments.of(t.name(), longest)));
  }

  @ParameterizedTest
  @MethodSource("builtIn")
  void scaffolds_a_quantum_that_validates_clean(String template, String name) throws Exception {
    CliHarness cli = new CliHarness();
    Path quantum = dir.resolve(name);

    int created = cli.run("new", name, "--domain", "trial", "--template", template, "--dir", quantum.toString());
    cli.clear();
    int validated = cli.run("validate", quantum.toString(), "--format", "json", "--timeout", "2");

    assertThat(created).isZero();
    JsonNode report = ContractCodec.jsonMapper().readTree(cli.out());
    assertThat(validated).as(cli.out()).isZero();
    assertThat(report.get("errors").asInt()).as(cli.out()).isZero();
    for (JsonNode check : report.get("checks")) {
      for (JsonNode finding : check.get("findings")) {
        assertThat(finding.get("code").asText()).as(cli.out()).isEqualTo("dictionary-unreachable");
      }
    }
    assertThat(report.get("checks").get(0).get("status").asText()).isNotEqualTo("skipped");
  }
}
