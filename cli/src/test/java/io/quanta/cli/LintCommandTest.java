package io.quanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LintCommandTest {

  private static final String HEAD = """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: 1.0.0
      status: active
      """;

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path valid;
  private Path invalid;
  private Path warning;

  @BeforeEach
  void contracts() throws IOException {
    valid = write("valid.yaml", HEAD + "schema:\n  - name: orders\n");
    invalid = write("invalid.yaml", HEAD + "schema:\n  - name: orders\n    properties:\n      - name: id\n"
        + "        requird: true\n");
    warning = write("warning.yaml", HEAD + "schema:\n  - name: orders\n  - name: orders\n");
  }

  @Test
  void a_valid_file_exits_0_with_a_summary() {
    int exit = run("contract", "lint", valid.toString());

    assertThat(exit).isZero();
    assertThat(out.toString()).isEqualTo("1 file: 0 with errors, 1 valid (0 errors, 0 warnings)\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void an_error_exits_1_with_a_compiler_style_line() {
    int exit = run("contract", "lint", valid.toString(), invalid.toString(), warning.toString());

    assertThat(exit).isEqualTo(QuantaCli.FINDINGS);
    assertThat(out.toString()).contains(invalid + ":10:9: error [schema-unknown-field] unknown field 'requird'"
        + " in schema[0].properties[0]; did you mean 'required'?")
        .contains("(at /schema/0/properties/0/requird)\n")
        .contains(warning + ":8:5: warning [duplicate-object] object 'orders' is declared twice (first at line 7)")
        .endsWith("3 files: 1 with errors, 2 valid (1 error, 1 warning)\n");
  }

  @Test
  void warnings_pass_unless_strict() {
    assertThat(run("contract", "lint", warning.toString())).isZero();

    assertThat(run("contract", "lint", "--strict", warning.toString())).isEqualTo(QuantaCli.FINDINGS);
    assertThat(out.toString()).endsWith("1 file: 1 failed, 0 passed (0 errors, 1 warning; --strict: warnings fail)\n");
  }

  @Test
  void json_lists_each_file_with_its_verdict_and_findings() throws IOException {
    int exit = run("contract", "lint", "--format", "json", valid.toString(), invalid.toString());

    JsonNode result = new ObjectMapper().readTree(out.toString());
    assertThat(exit).isEqualTo(QuantaCli.FINDINGS);
    assertThat(result).hasSize(2);
    assertThat(result.get(0).get("file").asText()).isEqualTo(valid.toString());
    assertThat(result.get(0).get("valid").asBoolean()).isTrue();
    assertThat(result.get(0).get("findings")).isEmpty();
    JsonNode finding = result.get(1).get("findings").get(0);
    assertThat(result.get(1).get("valid").asBoolean()).isFalse();
    assertThat(finding.get("severity").asText()).isEqualTo("error");
    assertThat(finding.get("code").asText()).isEqualTo("schema-unknown-field");
    assertThat(finding.get("line").asInt()).isEqualTo(10);
    assertThat(finding.get("column").asInt()).isEqualTo(9);
    assertThat(finding.get("path").asText()).isEqualTo("/schema/0/properties/0/requird");
  }

  @Test
  void a_missing_file_exits_2_but_the_others_are_still_linted() {
    Path missing = dir.resolve("missing.yaml");

    int exit = run("contract", "lint", missing.toString(), invalid.toString());

    assertThat(exit).isEqualTo(QuantaCli.USAGE);
    assertThat(err.toString()).isEqualTo("quanta: cannot read " + missing + ": no such file\n");
    assertThat(out.toString()).contains("[schema-unknown-field]")
        .endsWith("2 files: 1 unreadable, 1 with errors, 0 valid (1 error, 0 warnings)\n");
  }

  @Test
  void malformed_yaml_is_a_finding_not_a_crash() throws IOException {
    Path broken = write("broken.yaml", "apiVersion: v3.1.0\nkind: [DataContract\n");

    int exit = run("contract", "lint", broken.toString());

    assertThat(exit).isEqualTo(QuantaCli.FINDINGS);
    assertThat(out.toString()).startsWith(broken + ":2:20: error [yaml-syntax] while parsing a flow sequence"
        + " (line 2, column 7); expected ',' or ']', but got <stream end> (line 3, column 1)\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void usage_errors_exit_2() {
    assertThat(run("contract", "lint")).isEqualTo(QuantaCli.USAGE);
    assertThat(err.toString()).contains("Missing required parameter");

    assertThat(run("contract", "lint", "--format", "xml", valid.toString())).isEqualTo(QuantaCli.USAGE);
    assertThat(err.toString()).contains("--format must be text or json, not 'xml'");
  }

  @Test
  void a_directory_is_unreadable() {
    assertThat(run("contract", "lint", dir.toString())).isEqualTo(QuantaCli.USAGE);
    assertThat(err.toString()).contains("cannot read " + dir + ": it is a directory");
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli = QuantaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
