package io.quanta.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.cli.CliHarness;
import io.quanta.contract.codec.ContractCodec;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: 1.0.0
      status: active
      domain: sales
      description: {purpose: Orders.}
      team: {name: sales, members: [{username: ann, role: owner}]}
      schema:
        - name: orders
          description: One row per order.
          quality: [{metric: rowCount, mustBeGreaterThan: 0}]
          properties:
            - {name: id, description: Id., logicalType: integer, primaryKey: true, classification: internal}
            - {name: email, description: Mail., logicalType: string, tags: [pii], classification: restricted}
      slaProperties:
        - {property: retention, value: 1, unit: y}
        - {property: latency, value: 1, unit: d}
      """;
  static final String QUANTUM = "id: orders\naccess: {tokensFile: tokens.yaml}\n";
  static final String TOKENS = "tokens:\n  - {token: t-owner-123, name: ann, roles: [owner]}\n";
  static final String PARENT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: customer
      version: 1.2.0
      status: active
      domain: enterprise
      description: {purpose: Customers.}
      team: {name: mdm, members: [{username: ada, role: owner}]}
      schema:
        - name: customer
          description: One row per customer.
          quality: [{metric: rowCount, mustBeGreaterThan: 0}]
          properties:
            - {name: customer_id, description: Id., logicalType: string, primaryKey: true, classification: internal}
      slaProperties:
        - {property: retention, value: 1, unit: y}
        - {property: latency, value: 1, unit: d}
      """;
  static final String CHILD = """
      apiVersion: v3.1.0
      kind: DataContract
      id: retail-customer
      version: 1.0.0
      status: active
      domain: retail
      customProperties: [{property: extends, value: customer@1}]
      schema:
        - name: customer
          properties:
            - {name: tier, description: Tier., logicalType: string, classification: internal}
      """;

  @TempDir
  Path dir;
  Path quantum;
  private final CliHarness cli = new CliHarness();

  @BeforeEach
  void quantum() throws Exception {
    quantum = Files.createDirectories(dir.resolve("orders"));
    write("quantum.yaml", QUANTUM);
    write("tokens.yaml", TOKENS);
    write("orders.odcs.yaml", CONTRACT);
  }

  private Path write(String name, String text) throws Exception {
    Path file = quantum.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void a_valid_quantum_gets_one_line_per_check_and_exits_0() {
    int exit = cli.run("validate", quantum.toString());

    assertThat(exit).as(cli.out()).isZero();
    assertThat(cli.out()).isEqualTo("quanta validate " + quantum + "\n"
        + "  quantum.yaml  ok        id orders, sidecar mode, port 8081, embedded MariaDB\n"
        + "  contract      ok        orders 1.0.0 (orders.odcs.yaml) is valid ODCS v3.1.0\n"
        + "  inheritance   skipped   the contract extends no other\n"
        + "  policies      ok        11 policies: 11 passed, 0 failed, 0 not applicable (global: built-in defaults"
        + " (no dictionary.url); local: none)\n"
        + "  descriptor    ok        valid ODPS v1.0.0: 1 output port, 0 input ports, 13 management ports\n"
        + "  sql           skipped   sidecar mode: another program writes the tables, the quantum runs no transform\n"
        + "\n"
        + "orders: valid (0 errors, 0 warnings)\n");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void a_quantum_yaml_that_would_not_start_is_an_error_at_its_line_and_the_contract_is_still_linted() throws Exception {
    write("quantum.yaml", "id: orders\nserver:\n  prot: 8081\n");

    int exit = cli.run("validate", quantum.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(cli.out()).contains("  quantum.yaml  errors    cannot be loaded: 'quanta run' would refuse to start\n")
        .contains("  contract      ok ")
        .contains("  descriptor    skipped   needs a quantum.yaml that loads and a contract that lints\n")
        .contains(quantum.resolve("quantum.yaml") + ": error [quantum-yaml] ")
        .contains("prot")
        .endsWith("orders: NOT valid (1 error, 0 warnings)\n".replace("orders:", quantum + ":"));
  }

  @Test
  void a_missing_token_file_and_a_quantum_nobody_can_sign_in_to_are_reported() throws Exception {
    Files.delete(quantum.resolve("tokens.yaml"));

    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("  quantum.yaml  errors ").contains("tokens.yaml");

    cli.clear();
    write("quantum.yaml", "id: orders\n");
    assertThat(cli.run("validate", quantum.toString())).isZero();
    assertThat(cli.out()).contains("  quantum.yaml  warnings ")
        .contains(quantum.resolve("quantum.yaml") + ": warning [no-sign-in] no tokens and no JWT settings")
        .endsWith("orders: valid (0 errors, 1 warning)\n");
  }

  @Test
  void a_contract_that_does_not_lint_fails_and_the_checks_that_need_it_are_skipped() throws Exception {
    write("orders.odcs.yaml", CONTRACT.replace("primaryKey: true", "primaryKey: yes-please"));

    int exit = cli.run("validate", quantum.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(cli.out()).contains("  contract      errors    " + quantum.resolve("orders.odcs.yaml")
            + " is not a valid ODCS contract; the quantum would refuse to start\n")
        .contains("  policies      skipped   needs a contract that lints\n")
        .contains("  descriptor    skipped ")
        .contains(quantum.resolve("orders.odcs.yaml") + ":14:")
        .contains("error [schema-");
  }

  @Test
  void a_failed_error_policy_is_an_error_with_file_and_line() throws Exception {
    write("orders.odcs.yaml", CONTRACT.replace("classification: restricted", "classification: public"));

    int exit = cli.run("validate", quantum.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(cli.out()).contains("  policies      errors    11 policies: 10 passed, 1 failed (1 error, 0 warning,"
            + " 0 info)")
        .contains(quantum.resolve("orders.odcs.yaml") + ":15:")
        .contains("error [pii-protected] property orders.email is marked as personal data");
  }

  @Test
  void applies_the_quantums_own_policies_folder_and_the_policies_option() throws Exception {
    write("policies/sales.yaml", """
        kind: PolicySet
        name: sales
        level: domain
        domain: sales
        policies:
          - {id: sales-frequency, description: Refresh promised., severity: error, check: required-sla,
             params: {properties: [frequency]}}
        """);
    Path extra = Files.writeString(dir.resolve("tagged.yaml"), """
        kind: PolicySet
        name: tags
        level: domain
        domain: sales
        policies:
          - {id: sales-tagged, description: Tagged., severity: warning, check: required-fundamentals,
             params: {fields: [tags]}}
        """);

    int exit = cli.run("validate", quantum.toString(), "--policies", extra.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(cli.out()).contains("13 policies: 11 passed, 2 failed (1 error, 1 warning, 0 info)")
        .contains("local: " + quantum.resolve("policies") + ", " + extra + ")")
        .contains("error [sales-frequency] the contract has no frequency SLA")
        .contains("warning [sales-tagged]");
  }

  @Test
  void a_broken_policy_file_is_an_error_not_a_crash() throws Exception {
    Path policy = write("policies/bad.yaml", "kind: PolicySet\nname: b\nlevel: global\npolicies:\n"
        + "  - {id: x, description: d, severity: error, check: no-such-check}\n");

    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains(policy + ":5:").contains("[policy-unknown-check] unknown check 'no-such-check'");
  }

  @Test
  void resolves_parents_from_path_folders_and_reports_a_missing_one() throws Exception {
    Files.delete(quantum.resolve("orders.odcs.yaml"));
    write("retail-customer.odcs.yaml", CHILD);
    write("quantum.yaml", "id: retail-customers\naccess: {tokensFile: tokens.yaml}\n");
    Path parents = Files.createDirectories(dir.resolve("parents"));
    Files.writeString(parents.resolve("customer.odcs.yaml"), PARENT);

    int exit = cli.run("validate", quantum.toString(), "--path", parents.toString());

    assertThat(exit).as(cli.out()).isZero();
    assertThat(cli.out()).contains("  inheritance   ok        resolved from 2 folders: retail-customer@1.0.0 extends"
            + " customer@1.2.0\n")
        .contains("  descriptor    ok        valid ODPS v1.0.0: 1 output port");

    cli.clear();
    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("  inheritance   errors    extends customer@1, which does not resolve from 1 folder"
        + " (add --path DIR or contracts.path)\n")
        .contains("  policies      skipped   needs the contract's parents: a child is judged with what it inherits\n")
        .contains("retail-customer.odcs.yaml:7:40: error [parent-missing] retail-customer@1.0.0 extends customer@1,"
            + " but no contract 'customer' is in the source")
        .endsWith("retail-customers: NOT valid (1 error, 0 warnings)\n");
  }

  @Test
  void an_object_binding_the_contract_does_not_have_fails_the_descriptor_as_quanta_run_would() throws Exception {
    write("quantum.yaml", QUANTUM + "objects:\n  order:\n    freshnessColumn: updated_at\n");

    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("  descriptor    errors    cannot be built: 'quanta run' would refuse to start\n")
        .contains("error [quantum-yaml] objects.order in quantum.yaml names no object of the contract"
            + " (objects: [orders])");
  }

  @Test
  void an_unreachable_dictionary_is_a_warning_and_the_defaults_stand_in() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    write("quantum.yaml", QUANTUM + "dictionary: {url: 'http://127.0.0.1:" + port + "'}\n");

    int exit = cli.run("validate", quantum.toString(), "--timeout", "2");

    assertThat(exit).isZero();
    assertThat(cli.out()).contains("  policies      warnings  11 policies: 11 passed, 0 failed, 0 not applicable"
            + " (global: built-in defaults (dictionary not reachable); local: none)\n")
        .contains("http://127.0.0.1:" + port + "/api/governance/policies: warning [dictionary-unreachable] the"
            + " dictionary at http://127.0.0.1:" + port + " cannot be reached (")
        .contains("so the mesh's global policies were not checked; the built-in defaults stood in")
        .endsWith("orders: valid (0 errors, 1 warning)\n");
  }

  @Test
  void uses_the_dictionarys_global_policies_and_parent_contracts_with_its_token() throws Exception {
    Files.delete(quantum.resolve("orders.odcs.yaml"));
    write("retail-customer.odcs.yaml", CHILD);
    try (StandInDictionary dictionary = new StandInDictionary()) {
      dictionary.answer("/api/governance/policies", ContractCodec.writeJson(ContractCodec.parse("set", """
              kind: PolicySet
              name: acme-mesh
              level: global
              policies:
                - {id: refresh-promised, description: Frequency SLA., severity: error, check: required-sla,
                   params: {properties: [frequency]}}
              """).tree()))
          .answer("/api/contracts/customer", "{\"id\":\"customer\",\"versions\":["
              + ContractCodec.writeJson(ContractCodec.parse("parent", PARENT).tree()) + "]}");
      write("quantum.yaml", "id: retail-customers\naccess: {tokensFile: tokens.yaml}\n"
          + "dictionary: {url: '" + dictionary.url() + "', token: dict-token-1}\n");

      int exit = cli.run("validate", quantum.toString());

      assertThat(exit).isEqualTo(1);
      assertThat(cli.out())
          .contains("  quantum.yaml  ok        id retail-customers, sidecar mode, port 8081, embedded MariaDB,"
              + " dictionary " + dictionary.url() + "\n")
          .contains("  inheritance   ok        resolved from 1 folder and the dictionary " + dictionary.url()
              + ": retail-customer@1.0.0 extends customer@1.2.0\n")
          .contains("  policies      errors    1 policy: 0 passed, 1 failed (1 error, 0 warning, 0 info),"
              + " 0 not applicable (global: the dictionary's set acme-mesh; local: none)\n")
          .contains("error [refresh-promised] the contract has no frequency SLA");
      assertThat(dictionary.authorizations).isNotEmpty().allMatch("Bearer dict-token-1"::equals);
    }
  }

  @Test
  void json_format_has_each_check_with_its_findings() throws Exception {
    write("orders.odcs.yaml", CONTRACT.replace("classification: restricted", "classification: public"));

    int exit = cli.run("validate", quantum.toString(), "--format", "json");

    JsonNode json = ContractCodec.jsonMapper().readTree(cli.out());
    assertThat(exit).isEqualTo(1);
    assertThat(json.get("quantum").asText()).isEqualTo("orders");
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("checks")).hasSize(6);
    JsonNode policies = json.get("checks").get(3);
    assertThat(policies.get("check").asText()).isEqualTo("policies");
    assertThat(policies.get("status").asText()).isEqualTo("errors");
    assertThat(policies.get("findings").get(0).get("code").asText()).isEqualTo("pii-protected");
    assertThat(policies.get("findings").get(0).get("line").asInt()).isEqualTo(15);
    assertThat(json.get("checks").get(2).get("status").asText()).isEqualTo("skipped");
  }

  @Test
  void usage_errors_exit_2_with_one_line() throws Exception {
    assertThat(cli.run("validate", dir.resolve("nope").toString())).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("quanta validate: " + dir.resolve("nope")
        + " is not a folder: give the folder that holds quantum.yaml\n");
    assertThat(cli.run("validate", quantum.toString(), "--format", "xml")).isEqualTo(2);
    assertThat(cli.err()).contains("--format must be text or json, not 'xml'");
    assertThat(cli.run("validate", quantum.toString(), "--path", dir.resolve("nope").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("quanta validate: --path " + dir.resolve("nope") + " is not a folder");
    assertThat(cli.out()).isEmpty();
  }
}
