package io.quanta.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.cli.CliHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

  @TempDir
  Path dir;
  private final CliHarness cli = new CliHarness();

  @Test
  void scaffolds_the_sidecar_template_with_every_variable_replaced() throws Exception {
    Path target = dir.resolve("shop-orders");

    int exit = cli.run("new", "shop-orders", "--domain", "sales", "--template", "sidecar", "--dir", target.toString(),
        "--port", "9123", "--owner", "grace");

    assertThat(exit).as(cli.err()).isZero();
    assertThat(cli.out())
        .startsWith("Created quantum shop-orders (template sidecar, domain sales) in " + target + ":\n")
        .contains("  .gitignore\n", "  .quanta/tokens.txt\n", "  README.md\n", "  quantum.yaml\n",
            "  sample-data.sql\n", "  shop-orders.odcs.yaml\n", "  tokens.yaml\n")
        .contains("Next: ./quanta validate " + target);
    assertThat(target.resolve("template.yaml")).doesNotExist();
    try (Stream<Path> files = Files.walk(target)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("{{");
      }
    }
    assertThat(Files.readString(target.resolve("quantum.yaml"))).contains("id: shop-orders\n", "port: 9123\n",
        "  shop_orders:\n");
    assertThat(Files.readString(target.resolve("shop-orders.odcs.yaml"))).contains("domain: sales\n",
        "name: Shop orders\n", "- username: grace\n", "slaDefaultElement: shop_orders.updated_at\n");
  }

  @Test
  void keeps_generated_tokens_private_and_only_their_digests_in_tokens_yaml() throws Exception {
    Path target = dir.resolve("q");

    assertThat(cli.run("new", "orders", "--domain", "sales", "--dir", target.toString())).isZero();

    Path clear = target.resolve(".quanta/tokens.txt");
    String owner = Files.readAllLines(clear).stream().filter(l -> l.startsWith("owner=")).findFirst().orElseThrow()
        .substring("owner=".length());
    assertThat(owner).startsWith("qt_").hasSizeGreaterThan(30);
    assertThat(Files.getPosixFilePermissions(clear)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    String tokens = Files.readString(target.resolve("tokens.yaml"));
    assertThat(tokens).doesNotContain(owner).contains(HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(owner.getBytes(StandardCharsets.UTF_8))));
    assertThat(Files.readString(target.resolve(".gitignore"))).contains(".quanta/");
  }

  @Test
  void two_quanta_get_different_tokens() throws Exception {
    cli.run("new", "one", "--domain", "sales", "--dir", dir.resolve("one").toString());
    cli.run("new", "two", "--domain", "sales", "--dir", dir.resolve("two").toString());

    assertThat(Files.readString(dir.resolve("one/.quanta/tokens.txt")).lines().skip(2).toList())
        .doesNotContainAnyElementsOf(Files.readString(dir.resolve("two/.quanta/tokens.txt")).lines().skip(2).toList());
  }

  @Test
  void fills_an_existing_empty_folder() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    assertThat(cli.run("new", "orders", "--domain", "sales", "--dir", empty.toString())).isZero();

    assertThat(empty.resolve("quantum.yaml")).exists();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("empty");
    }
  }

  @Test
  void refuses_a_folder_that_is_not_empty_and_leaves_it_alone() throws Exception {
    Path taken = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(taken.resolve("notes.txt"), "mine");

    int exit = cli.run("new", "orders", "--domain", "sales", "--dir", taken.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("quanta new: " + taken + " already exists and is not empty; choose another --dir"
        + " or remove it\n");
    try (Stream<Path> files = Files.list(taken)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
  }

  @Test
  void refuses_a_file_in_place_of_the_folder() throws Exception {
    Path file = Files.writeString(dir.resolve("orders"), "x");

    assertThat(cli.run("new", "orders", "--domain", "sales", "--dir", file.toString())).isEqualTo(2);
    assertThat(cli.err()).contains(file + " exists and is not a folder");
  }

  @Test
  void rejects_names_that_cannot_be_a_quantum_id_and_says_what_is_allowed() {
    for (String bad : new String[] {"Orders", "1orders", "shop--orders", "orders-", "shop_orders", "a".repeat(52)}) {
      cli.clear();
      assertThat(cli.run("new", bad, "--domain", "sales", "--dir", dir.resolve("x").toString())).as(bad).isEqualTo(2);
      assertThat(cli.err()).as(bad).startsWith("quanta new: NAME '" + bad + "' ");
    }
    assertThat(cli.err()).contains("is longer than 51 characters");
    cli.clear();
    cli.run("new", "Orders", "--domain", "sales");
    assertThat(cli.err()).isEqualTo("quanta new: NAME 'Orders' must be lower-case letters and digits, words joined"
        + " by single dashes, starting with a letter (for example: shop-orders)\n");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void rejects_a_bad_domain_owner_or_port() {
    assertThat(cli.run("new", "orders", "--domain", "Sales Team", "--dir", dir.resolve("x").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("quanta new: --domain 'Sales Team' must be lower-case letters");
    assertThat(cli.run("new", "orders", "--domain", "sales", "--owner", "a b", "--dir", dir.resolve("x").toString()))
        .isEqualTo(2);
    assertThat(cli.err()).contains("quanta new: --owner 'a b' must be a user name");
    assertThat(cli.run("new", "orders", "--domain", "sales", "--port", "70000", "--dir", dir.resolve("x").toString()))
        .isEqualTo(2);
    assertThat(cli.err()).contains("quanta new: --port 70000 is out of range (0-65535)");
    assertThat(cli.run("new", "orders")).isEqualTo(2);
    assertThat(cli.err()).contains("Missing required option: '--domain=D'");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void an_unknown_template_lists_the_known_ones() {
    int exit = cli.run("new", "orders", "--domain", "sales", "--template", "kafka",
        "--dir", dir.resolve("x").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).startsWith("quanta new: no template 'kafka'; the templates are [").contains("sidecar")
        .endsWith("('quanta templates' describes them)\n");
  }

  @Test
  void uses_a_team_template_with_variables_in_file_names_and_dot_files() throws Exception {
    Path team = dir.resolve("team");
    Path template = Files.createDirectories(team.resolve("kafka-sink/sql"));
    Files.writeString(template.resolve("../template.yaml"), "description: Our Kafka sink.\n");
    Files.writeString(template.resolve("../{{id}}.txt"), "{{ title }} of {{domain}} on {{port}}\n");
    Files.writeString(template.resolve("../dot-env"), "TABLE={{table}}\n");
    Files.writeString(template.resolve("load.sql"), "SELECT 1; -- {{ not a variable\n");

    int exit = cli.run("new", "click-events", "--domain", "web", "--template", "kafka-sink",
        "--template-dir", team.toString(), "--dir", dir.resolve("out").toString());

    assertThat(exit).as(cli.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/click-events.txt"))).isEqualTo("Click events of web on 8081\n");
    assertThat(Files.readString(dir.resolve("out/.env"))).isEqualTo("TABLE=click_events\n");
    assertThat(Files.readString(dir.resolve("out/sql/load.sql"))).isEqualTo("SELECT 1; -- {{ not a variable\n");
  }

  @Test
  void a_team_template_with_an_unknown_variable_fails_naming_file_and_line_and_writes_nothing() throws Exception {
    Path template = Files.createDirectories(dir.resolve("team/typo"));
    Files.writeString(template.resolve("template.yaml"), "description: Has a typo.\n");
    Files.writeString(template.resolve("a.yaml"), "id: {{id}}\n");
    Files.writeString(template.resolve("quantum.yaml"), "id: {{id}}\nport: {{prot}}\n");

    int exit = cli.run("new", "orders", "--domain", "sales", "--template", "typo",
        "--template-dir", dir.resolve("team").toString(), "--dir", dir.resolve("out").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).startsWith("quanta new: template typo: quantum.yaml:2: unknown variable {{prot}} (the"
        + " variables are name, id, domain, title, table, database, port, owner, dir, ownerToken,");
    assertThat(dir.resolve("out")).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("team");
    }
  }

  @Test
  void a_team_template_named_like_a_built_in_one_replaces_it() throws Exception {
    Path template = Files.createDirectories(dir.resolve("team/sidecar"));
    Files.writeString(template.resolve("template.yaml"), "description: The platform's own sidecar.\n");
    Files.writeString(template.resolve("quantum.yaml"), "id: {{id}}\n");

    assertThat(cli.run("new", "orders", "--domain", "sales", "--template", "sidecar",
        "--template-dir", dir.resolve("team").toString(), "--dir", dir.resolve("out").toString())).isZero();

    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("quantum.yaml");
    }
  }
}
