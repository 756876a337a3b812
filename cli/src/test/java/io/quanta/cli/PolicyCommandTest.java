package io.quanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ContractCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PolicyCommandTest {

  private static final String GOOD = """
      apiVersion: v3.1.0
      kind: DataContract
      id: customers
      version: 1.0.0
      status: active
      domain: retail
      description: {purpose: Customers.}
      team: {name: t, members: [{username: ann, role: owner}]}
      schema:
        - name: customers
          description: One row per customer.
          quality: [{metric: rowCount, mustBeGreaterThan: 0}]
          properties:
            - {name: id, description: Id., primaryKey: true, classification: internal}
            - {name: email, description: Mail., tags: [pii], classification: restricted}
      slaProperties:
        - {property: retention, value: 1, unit: y}
        - {property: latency, value: 1, unit: d}
      """;
  private static final String LEAKY = GOOD.replace("classification: restricted", "classification: public");
  private static final String RETAIL_STRICT = """
      kind: PolicySet
      name: retail
      level: domain
      domain: retail
      policies:
        - id: purpose-stated
          severity: error
        - id: retail-freshness
          description: Retail data is fresh.
          severity: error
          check: required-sla
          params: {properties: [freshness, frequency]}
      """;

  @TempDir
  Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private CommandLine cli;

  @BeforeEach
  void setUp() {
    cli = QuantaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
  }

  private int run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "contract";
    all[1] = "policy";
    System.arraycopy(args, 0, all, 2, args.length);
    return cli.execute(all);
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void exits_0_when_no_error_policy_fails_under_the_defaults() throws Exception {
    int exit = run(write("good.yaml", GOOD).toString());

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("PASS  error    pii-protected")
        .contains("11 policies: 11 passed, 0 failed, 0 not applicable")
        .endsWith("1 contract checked: no error policy failed\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void judges_a_child_contract_with_what_it_inherits() throws Exception {
    write("parents/customers.odcs.yaml", GOOD);
    Path child = write("retail/child.odcs.yaml", """
        apiVersion: v3.1.0
        kind: DataContract
        id: retail-customers
        version: 1.0.0
        status: active
        domain: retail
        customProperties: [{property: extends, value: customers@1}]
        schema:
          - name: customers
            properties:
              - {name: tier, description: Tier., logicalType: string, classification: internal}
        """);

    int withParents = run(child.toString(), "--path", dir.resolve("parents").toString());
    String judged = out.toString();
    out.getBuffer().setLength(0);
    int alone = run(child.toString());

    assertThat(withParents).as(judged).isZero();
    assertThat(judged).contains("PASS  error    primary-key");
    assertThat(alone).isEqualTo(1);
    assertThat(err.toString()).contains("extends customers@1, but its parents do not resolve");
  }

  @Test
  void exits_1_when_an_error_policy_fails_and_shows_where() throws Exception {
    Path leaky = write("leaky.yaml", LEAKY);

    int exit = run(leaky.toString(), write("good.yaml", GOOD).toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).contains("FAIL  error    pii-protected")
        .contains(leaky + ":15:").contains("[pii-protected] property customers.email is marked as personal data")
        .endsWith("2 contracts checked: 1 failed an error policy and must not be published\n");
  }

  @Test
  void applies_domain_folders_on_top_of_the_defaults() throws Exception {
    write("policies/retail.yaml", RETAIL_STRICT);

    int exit = run(write("good.yaml", GOOD).toString(), "--policies", dir.resolve("policies").toString(),
        "--with-defaults");

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).contains("PASS  error    purpose-stated")
        .contains("FAIL  error    retail-freshness")
        .contains("the contract has no frequency SLA")
        .contains("12 policies: 11 passed, 1 failed");
  }

  @Test
  void without_defaults_only_the_given_policies_apply() throws Exception {
    Path folder = dir.resolve("policies");
    write("policies/global.yml", """
        kind: PolicySet
        name: tiny
        level: global
        policies:
          - {id: versioned, description: Semantic versions., severity: error, check: semantic-version}
        """);

    int exit = run(write("leaky.yaml", LEAKY).toString(), "--policies", folder.toString());

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("1 policy: 1 passed, 0 failed, 0 not applicable");
  }

  @Test
  void json_format_lists_each_policy_outcome() throws Exception {
    int exit = run(write("leaky.yaml", LEAKY).toString(), "--format", "json");

    JsonNode json = ContractCodec.jsonMapper().readTree(out.toString());
    assertThat(exit).isEqualTo(1);
    assertThat(json.get("hasErrors").asBoolean()).isTrue();
    JsonNode contract = json.get("contracts").get(0);
    assertThat(contract.get("id").asText()).isEqualTo("customers");
    assertThat(contract.get("domain").asText()).isEqualTo("retail");
    JsonNode pii = contract.get("policies").get(3);
    assertThat(pii.get("id").asText()).isEqualTo("pii-protected");
    assertThat(pii.get("outcome").asText()).isEqualTo("fail");
    assertThat(pii.get("violations").get(0).get("line").asInt()).isEqualTo(15);
    assertThat(contract.get("summary").get("failedError").asInt()).isEqualTo(1);
  }

  @Test
  void exits_2_on_invalid_policy_files_and_names_file_and_line() throws Exception {
    Path bad = write("policies/bad.yaml", "kind: PolicySet\nname: b\nlevel: global\npolicies:\n"
        + "  - {id: x, description: d, severity: error, check: no-such-check}\n");

    int exit = run(write("good.yaml", GOOD).toString(), "--policies", dir.resolve("policies").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains(bad + ":5:").contains("[policy-unknown-check] unknown check 'no-such-check'")
        .contains("quanta: the policy files have 1 problem; fix them before checking contracts");
  }

  @Test
  void exits_2_when_a_domain_tries_to_lower_a_default_policy() throws Exception {
    write("policies/retail.yaml", "kind: PolicySet\nname: r\nlevel: domain\ndomain: retail\npolicies:\n"
        + "  - {id: pii-protected, severity: warning}\n");

    int exit = run(write("good.yaml", GOOD).toString(), "--policies", dir.resolve("policies").toString(),
        "--with-defaults");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("[policy-conflict] policy 'pii-protected' cannot lower the severity of the"
        + " global policy at built-in:default-policies.yaml:");
  }

  @Test
  void exits_2_on_missing_files_and_folders_and_empty_folders() throws Exception {
    assertThat(run(dir.resolve("nope.yaml").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("quanta: cannot read " + dir.resolve("nope.yaml")
        + ": no such file or folder");

    Path good = write("good.yaml", GOOD);
    assertThat(run(good.toString(), "--policies", dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("quanta: cannot read the policies: no such file or folder");

    Files.createDirectories(dir.resolve("empty"));
    assertThat(run(good.toString(), "--policies", dir.resolve("empty").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("quanta: no policy files (*.yaml, *.yml) in");
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void exits_2_on_a_malformed_contract_but_still_checks_the_others() throws Exception {
    Path broken = write("broken.yaml", "id: x\nschema: [\n");

    int exit = run(broken.toString(), write("good.yaml", GOOD).toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).startsWith(broken + ":");
    assertThat(out.toString()).contains("1 contract checked: no error policy failed");
  }

  @Test
  void exits_2_on_usage_errors() throws Exception {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
    assertThat(run(write("good.yaml", GOOD).toString(), "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("--format must be text or json, not 'xml'");
  }
}
