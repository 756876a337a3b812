package io.quanta.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.cli.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesCommandTest {

  @TempDir
  Path dir;
  private final CliHarness cli = new CliHarness();

  @Test
  void lists_the_built_in_templates_with_their_descriptions() {
    int exit = cli.run("templates");

    assertThat(exit).isZero();
    assertThat(cli.out()).startsWith("""
        TEMPLATE     FROM      DESCRIPTION
        composed     built-in  Managed quantum joining two other quanta's output ports (the sample mesh's customers, orders).
        file-source  built-in  Managed quantum fed from a CSV file: staged, shaped by SQL, quality-gated, published in versions.
        jdbc-source  built-in  Managed quantum fed by a query on another MySQL database: staged, shaped by SQL, quality-gated.
        sidecar      built-in  Sidecar over a table another program writes: serves it, checks its quality, reports freshness.
        """)
        .endsWith("Use: ./quanta new NAME --domain DOMAIN --template TEMPLATE\n");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void adds_a_team_folder_and_marks_where_each_template_comes_from() throws Exception {
    Path team = dir.resolve("platform");
    Files.createDirectories(team.resolve("kafka-sink"));
    Files.writeString(team.resolve("kafka-sink/template.yaml"), "description: Events from a Kafka topic.\n");
    Files.writeString(team.resolve("kafka-sink/quantum.yaml"), "id: {{id}}\n");
    Files.createDirectories(team.resolve(".git"));

    int exit = cli.run("templates", "--template-dir", team.toString());

    assertThat(exit).isZero();
    assertThat(cli.out()).containsPattern("kafka-sink +" + java.util.regex.Pattern.quote(team.toString())
        + " +Events from a Kafka topic\\.\n").contains("sidecar ");
  }

  @Test
  void reports_team_folders_that_are_not_usable_templates_and_exits_1() throws Exception {
    Path team = dir.resolve("platform");
    Files.createDirectories(team.resolve("no-manifest"));
    Files.createDirectories(team.resolve("bad-key"));
    Files.writeString(team.resolve("bad-key/template.yaml"), "description: ok\nversion: 2\n");
    Files.createDirectories(team.resolve("two-lines"));
    Files.writeString(team.resolve("two-lines/template.yaml"), "description: |\n  one\n  two\n");

    int exit = cli.run("templates", "--template-dir", team.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(cli.out()).contains("sidecar").doesNotContain("bad-key", "no-manifest", "two-lines");
    assertThat(cli.err())
        .contains("quanta templates: skipped " + team.resolve("bad-key/template.yaml")
            + ": unknown key 'version' (the only key is 'description')\n")
        .contains("quanta templates: skipped " + team.resolve("no-manifest/template.yaml")
            + ": missing (a template folder needs a template.yaml with a description)\n")
        .contains("quanta templates: skipped " + team.resolve("two-lines/template.yaml")
            + ": the description must be one line of at most 200 characters\n");
  }

  @Test
  void a_missing_team_folder_is_a_usage_error() {
    int exit = cli.run("templates", "--template-dir", dir.resolve("nope").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("quanta templates: the template folder " + dir.resolve("nope")
        + " does not exist (--template-dir or QUANTA_TEMPLATE_DIR)\n");
  }
}
