package io.quanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ContractCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffCommandTest {

  private static final String ORDERS = """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: %s
      status: active
      schema:
        - name: orders
          properties:
            - name: order_id
              logicalType: string
              required: true
            - name: amount
              logicalType: %s
      """;

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = QuantaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private String file(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }

  private String contract(String name, String version, String amountType) throws Exception {
    return file(name, ORDERS.formatted(version, amountType));
  }

  @Test
  void exits_0_when_the_new_version_has_the_bump_the_changes_need() throws Exception {
    int code = run("contract", "diff", contract("old.yaml", "1.2.0", "number"), contract("new.yaml", "2.0.0",
        "string"));

    assertThat(code).isZero();
    assertThat(out.toString()).contains(
        "BREAKING      /schema/orders/properties/amount/logicalType  type changed  number → string: "
            + "readers expecting number break",
        "1 change (1 breaking). Needs a major bump: 1.2.0 → 2.0.0 or later; NEW is 2.0.0: OK");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void exits_1_when_a_breaking_change_comes_without_a_major_bump() throws Exception {
    int code = run("contract", "diff", contract("old.yaml", "1.2.0", "number"), contract("new.yaml", "1.3.0",
        "string"));

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("Needs a major bump: 1.2.0 → 2.0.0 or later; NEW is 1.3.0: NOT ENOUGH");
  }

  @Test
  void exits_0_for_identical_contracts() throws Exception {
    String old = contract("old.yaml", "1.2.0", "number");

    assertThat(run("contract", "diff", old, old)).isZero();
    assertThat(out.toString()).isEqualTo("No changes. NEW is 1.2.0: OK\n");
  }

  @Test
  void writes_the_report_as_json() throws Exception {
    int code = run("contract", "diff", "--format", "json", contract("old.yaml", "1.2.0", "number"),
        contract("new.yaml", "1.2.1", "string"));

    JsonNode report = ContractCodec.jsonMapper().readTree(out.toString());
    assertThat(code).isEqualTo(1);
    assertThat(report.get("required").asText()).isEqualTo("MAJOR");
    assertThat(report.get("minimumVersion").asText()).isEqualTo("2.0.0");
    assertThat(report.get("versionSatisfies").asBoolean()).isFalse();
    JsonNode change = report.get("changes").get(0);
    assertThat(change.get("path").asText()).isEqualTo("/schema/orders/properties/amount/logicalType");
    assertThat(change.get("kind").asText()).isEqualTo("LOGICAL_TYPE_CHANGED");
    assertThat(change.get("compatibility").asText()).isEqualTo("BREAKING");
    assertThat(change.get("before").asText()).isEqualTo("number");
    assertThat(change.get("why").asText()).isNotBlank();
  }

  @Test
  void exits_2_naming_a_missing_file() throws Exception {
    String missing = dir.resolve("missing.yaml").toString();

    assertThat(run("contract", "diff", contract("old.yaml", "1.0.0", "number"), missing)).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("quanta: " + missing + ": no such file\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void exits_2_naming_the_file_and_line_of_malformed_yaml() throws Exception {
    String bad = file("bad.yaml", "apiVersion: v3.1.0\nschema:\n  - name: a\n   bad: [\n");

    assertThat(run("contract", "diff", bad, contract("new.yaml", "1.0.0", "number"))).isEqualTo(2);
    assertThat(err.toString()).startsWith("quanta: " + bad + ":4:").doesNotContain("Exception").hasLineCount(1);
  }

  @Test
  void exits_2_naming_the_line_of_a_value_with_the_wrong_shape() throws Exception {
    String bad = file("shape.yaml", "apiVersion: v3.1.0\nid: x\nversion: 1.0.0\nschema:\n  - name: a\n"
        + "    properties: 5\n");

    assertThat(run("contract", "diff", bad, contract("new.yaml", "1.0.0", "number"))).isEqualTo(2);
    assertThat(err.toString()).startsWith("quanta: " + bad + ":6:5: ").contains("(at /schema/0/properties)");
  }

  @Test
  void exits_2_on_an_unparseable_version() throws Exception {
    String neu = contract("new.yaml", "next", "number");

    assertThat(run("contract", "diff", contract("old.yaml", "1.0.0", "number"), neu)).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("quanta: " + neu + ": version 'next' is not a semantic version: "
        + "write MAJOR.MINOR.PATCH, e.g. 1.0.0\n");
  }

  @Test
  void exits_2_on_an_unknown_format_or_a_missing_argument() throws Exception {
    String old = contract("old.yaml", "1.0.0", "number");

    assertThat(run("contract", "diff", "--format", "xml", old, old)).isEqualTo(2);
    assertThat(run("contract", "diff", old)).isEqualTo(2);
    assertThat(err.toString()).contains("--format must be text or json", "Missing required parameter: 'NEW'");
  }
}
