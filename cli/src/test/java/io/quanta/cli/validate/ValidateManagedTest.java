package io.quanta.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.cli.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quanta validate} on managed quanta: the pipeline's SQL and its own policies. */
class ValidateManagedTest {

  static final String QUANTUM = """
      id: orders
      access: {tokensFile: tokens.yaml}
      pipeline:
        sources:
          - name: raw
            file: {path: orders.csv}
          - name: lookup
            jdbc:
              url: jdbc:mysql://127.0.0.1:3306/shop
              query: SELECT id, label FROM channels
        transform: transform.sql
      """;
  static final String TRANSFORM = """
      -- the orders, with their channel's label
      SELECT r.id, l.label AS email FROM {raw} r JOIN {lookup} l ON l.id = r.id
      """;

  @TempDir
  Path dir;
  Path quantum;
  private final CliHarness cli = new CliHarness();

  @BeforeEach
  void quantum() throws Exception {
    quantum = Files.createDirectories(dir.resolve("orders"));
    write("quantum.yaml", QUANTUM);
    write("tokens.yaml", ValidateCommandTest.TOKENS);
    write("orders.odcs.yaml", ValidateCommandTest.CONTRACT);
    write("orders.csv", "id\n1\n");
    write("transform.sql", TRANSFORM);
  }

  private Path write(String name, String text) throws Exception {
    Path file = quantum.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void summarises_a_transform_that_fits_the_contract() {
    int exit = cli.run("validate", quantum.toString());

    assertThat(exit).as(cli.out()).isZero();
    assertThat(cli.out()).contains("  quantum.yaml  ok        id orders, managed mode, port 8081")
        .contains("  sql           ok        " + quantum.resolve("transform.sql") + ": one SELECT for each of [orders]"
            + " over [{raw}, {lookup}]\n")
        .contains("  descriptor    ok        valid ODPS v1.0.0: 1 output port, 0 input ports, 15 management ports\n");
  }

  @Test
  void a_transform_that_is_not_one_select_is_an_error_naming_the_file() throws Exception {
    write("transform.sql", "DELETE FROM {raw}\n");

    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("  sql           errors    the pipeline does not fit the contract: 'quanta run'"
            + " would refuse to start\n")
        .contains(quantum.resolve("transform.sql") + ": error [sql-transform] transform.sql (object orders) must be"
            + " one SELECT (or WITH … SELECT); it starts with 'DELETE'");

    cli.clear();
    write("transform.sql", "SELECT 1 AS id; SELECT 2 AS id\n");
    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("holds several statements; give one SELECT per object");
  }

  @Test
  void a_staged_source_nothing_reads_or_an_unknown_one_is_an_error() throws Exception {
    write("transform.sql", "SELECT id, id AS email FROM {raw}\n");

    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("error [sql-transform] pipeline source 'lookup' is read by nothing: use {lookup}"
        + " in the transform, or give it object: to load it into an object as it is");

    cli.clear();
    write("transform.sql", "SELECT id, id AS email FROM {raw} JOIN {lokup} USING (id) JOIN {lookup} USING (id)\n");
    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("reads {lokup}, which is no staged source (staged sources: [lookup, raw]");
  }

  @Test
  void an_empty_transform_is_an_error() throws Exception {
    write("transform.sql", "-- nothing yet\n");

    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("error [sql-transform] transform.sql (object orders) has no SELECT");
  }

  @Test
  void a_jdbc_source_query_must_be_one_select() throws Exception {
    write("quantum.yaml", QUANTUM.replace("SELECT id, label FROM channels", "\"UPDATE channels SET label = 'x;y'\""));

    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains(quantum.resolve("quantum.yaml") + ": error [sql-jdbc-query] the query of source"
        + " 'lookup' must be one SELECT (or WITH ... SELECT); it starts with 'UPDATE'"
        + " (at /pipeline/sources/1/jdbc/query)");

    cli.clear();
    write("quantum.yaml", QUANTUM.replace("SELECT id, label FROM channels",
        "\"SELECT id, label FROM channels WHERE label <> ';'; DROP TABLE channels\""));
    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("the query of source 'lookup' holds several statements; a source reads one SELECT");

    cli.clear();
    write("quantum.yaml", QUANTUM.replace("SELECT id, label FROM channels",
        "\"SELECT id, label FROM channels WHERE label <> ';'\""));
    assertThat(cli.run("validate", quantum.toString())).as(cli.out()).isZero();
  }

  @Test
  void an_object_nothing_fills_is_an_error() throws Exception {
    write("orders.odcs.yaml", ValidateCommandTest.CONTRACT.replace("slaProperties:", """
          - name: refunds
            description: One row per refund.
            quality: [{metric: rowCount, mustBeGreaterThan: 0}]
            properties:
              - {name: id, description: Id., logicalType: integer, primaryKey: true, classification: internal}
        slaProperties:"""));

    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("must mark each object's SELECT with a line '-- object: <name>'");
  }

  @Test
  void applies_pipeline_policies_as_the_pipeline_gate_does() throws Exception {
    write("governance/sales.yaml", """
        kind: PolicySet
        name: sales
        level: domain
        domain: sales
        policies:
          - {id: sales-frequency, description: Refresh promised., severity: error, check: required-sla,
             params: {properties: [frequency]}}
        """);
    write("policies/ignored.yaml", "not: a policy set\n");
    write("quantum.yaml", QUANTUM + "  policies: governance\n");

    assertThat(cli.run("validate", quantum.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("local: " + quantum.resolve("governance") + ")")
        .contains("error [sales-frequency] the contract has no frequency SLA")
        .doesNotContain("ignored.yaml");
  }
}
