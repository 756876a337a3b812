package io.quanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.CustomProperty;
import io.quanta.contract.model.DataContract;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ResolveCommandTest {

  private static final String BASE = """
      apiVersion: v3.1.0
      kind: DataContract
      id: customer
      version: 1.0.0
      status: active
      domain: enterprise
      schema:
        - name: customer
          properties:
            - name: customer_id
              logicalType: string
              primaryKey: true
              required: true
            - name: email
              logicalType: string
              required: true
              tags: [pii]
      """;

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void family() throws Exception {
    Files.createDirectories(dir.resolve("enterprise"));
    Files.createDirectories(dir.resolve("retail"));
    Files.writeString(dir.resolve("enterprise/customer.odcs.yaml"), BASE);
    Files.writeString(dir.resolve("enterprise/vip.odcs.yaml"), child("vip", "customer@1", "- name: tier\n"
        + "        logicalType: string"));
    Files.writeString(dir.resolve("retail/retail-customer.odcs.yaml"), child("retail-customer", "customer@1",
        "- name: email\n        unique: true"));
    Files.writeString(dir.resolve("retail/loose.odcs.yaml"), child("loose", "customer@1",
        "- name: email\n        required: false"));
    Files.writeString(dir.resolve("retail/a.odcs.yaml"), child("a", "b", "- name: x"));
    Files.writeString(dir.resolve("retail/b.odcs.yaml"), child("b", "a", "- name: y"));
  }

  @Test
  void prints_the_effective_contract_as_yaml_and_exits_0() throws Exception {
    int code = run("contract", "resolve", file("enterprise/vip.odcs.yaml"));

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    DataContract effective = ContractCodec.read(out.toString());
    assertThat(effective.id()).isEqualTo("vip");
    assertThat(effective.object("customer").orElseThrow().columns()).extracting("name")
        .containsExactly("customer_id", "email", "tier");
    assertThat(out.toString()).contains("property: inheritedFrom").contains("value: customer@1.0.0");
    assertThat(CustomProperty.find(effective.customProperties(), "inheritanceChain")).isPresent();
    assertThat(effective.extendsValue()).isEmpty();
  }

  @Test
  void looks_parents_up_in_the_given_folders() throws Exception {
    int code = run("contract", "resolve", file("retail/retail-customer.odcs.yaml"),
        "--path", file("enterprise"), "--path", file("retail"), "--format", "json");

    assertThat(code).isZero();
    assertThat(out.toString()).startsWith("{");
    DataContract effective = ContractCodec.read(out.toString());
    assertThat(effective.object("customer").orElseThrow().property("email").orElseThrow().uniqueFlag()).isTrue();
  }

  @Test
  void reports_a_missing_parent_with_exit_1() {
    int code = run("contract", "resolve", file("retail/retail-customer.odcs.yaml"));

    assertThat(code).isEqualTo(QuantaCli.FINDINGS);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("retail-customer.odcs.yaml:8:5: error [parent-missing] retail-customer@1.0.0 extends customer@1, "
            + "but no contract 'customer' is in the source (chain: retail-customer@1.0.0 → customer@1)")
        .contains("1 error, 0 warnings");
  }

  @Test
  void reports_an_illegal_override_with_exit_1() {
    int code = run("contract", "resolve", file("retail/loose.odcs.yaml"), "--path", file("."));

    assertThat(code).isEqualTo(QuantaCli.FINDINGS);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("error [override-required] loose@1.0.0 changes required of customer.email "
        + "from true to false").contains("(chain: loose@1.0.0 → customer@1.0.0)");
  }

  @Test
  void reports_a_cycle_with_exit_1() {
    int code = run("contract", "resolve", file("retail/a.odcs.yaml"));

    assertThat(code).isEqualTo(QuantaCli.FINDINGS);
    assertThat(err.toString()).contains("[inheritance-cycle] cycle: a@1.0.0 → b@1.0.0 → a@1.0.0");
  }

  @Test
  void reports_a_malformed_file_as_a_finding() throws Exception {
    Files.writeString(dir.resolve("broken.odcs.yaml"), "id: [oops\n");

    int code = run("contract", "resolve", file("broken.odcs.yaml"));

    assertThat(code).isEqualTo(QuantaCli.FINDINGS);
    assertThat(err.toString()).contains("error [yaml-syntax]");
  }

  @Test
  void a_missing_file_is_one_line_and_exit_2() {
    int code = run("contract", "resolve", file("nope.odcs.yaml"));

    assertThat(code).isEqualTo(QuantaCli.USAGE);
    assertThat(err.toString()).isEqualTo("quanta: no such file: " + file("nope.odcs.yaml") + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void a_path_that_is_no_folder_is_exit_2() {
    int code = run("contract", "resolve", file("enterprise/vip.odcs.yaml"), "--path", file("elsewhere"));

    assertThat(code).isEqualTo(QuantaCli.USAGE);
    assertThat(err.toString()).contains("--path " + file("elsewhere") + " is not a folder");
  }

  @Test
  void an_unknown_format_is_exit_2() {
    int code = run("contract", "resolve", file("enterprise/vip.odcs.yaml"), "--format", "xml");

    assertThat(code).isEqualTo(QuantaCli.USAGE);
    assertThat(err.toString()).contains("--format must be yaml or json, not 'xml'");
  }

  @Test
  void help_describes_the_command() {
    int code = run("contract", "resolve", "--help");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("Usage: quanta contract resolve").contains("--path=DIR").contains("FILE");
  }

  private int run(String... args) {
    CommandLine cli = QuantaCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  private static String child(String id, String parent, String properties) {
    return """
        apiVersion: v3.1.0
        kind: DataContract
        id: %s
        version: 1.0.0
        status: active
        customProperties:
          - property: extends
            value: %s
        schema:
          - name: customer
            properties:
              %s
        """.formatted(id, parent, properties);
  }
}
