package io.quanta.contract.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicySetReaderTest {

  static PolicyLoad read(String file) throws Exception {
    return PolicySets.load(List.of(Fixtures.resource("governance/" + file)));
  }

  @Test
  void reads_a_global_set_with_scopes_params_and_lines() throws Exception {
    PolicyLoad load = read("valid/global.yaml");

    assertThat(load.problems()).isEmpty();
    PolicySet set = load.sets().get(0);
    assertThat(set.name()).isEqualTo("acme-global");
    assertThat(set.level()).isEqualTo(PolicyLevel.GLOBAL);
    assertThat(set.policies()).extracting(Policy::id, Policy::check, Policy::severity).containsExactly(
        tuple("owner-and-domain", "required-fundamentals", Severity.ERROR),
        tuple("pii-protected", "pii-classified", Severity.ERROR),
        tuple("described", "descriptions", Severity.INFO),
        tuple("retention", "required-sla", Severity.WARNING));
    Policy retention = set.policies().get(3);
    assertThat(retention.scope().statuses()).containsExactly("active");
    assertThat(retention.origin().position().line()).isEqualTo(25);
    assertThat(retention.origin().source()).endsWith("global.yaml");
  }

  @Test
  void reads_a_domain_set_with_a_severity_override() throws Exception {
    PolicySet set = read("valid/domains/retail.yml").sets().get(0);

    assertThat(set.domain()).isEqualTo("retail");
    assertThat(set.policies()).extracting(Policy::id).containsExactly("retail-row-count", "retention");
    assertThat(set.overrides()).singleElement()
        .satisfies(o -> assertThat(o.id()).isEqualTo("described"))
        .satisfies(o -> assertThat(o.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void loads_yaml_and_yml_files_of_folders_recursively_in_path_order() throws Exception {
    PolicyLoad load = read("valid");

    assertThat(load.hasErrors()).isFalse();
    assertThat(load.sets()).extracting(PolicySet::name).containsExactly("retail", "acme-global");
  }

  @Test
  void a_missing_folder_is_an_io_error() {
    assertThatThrownBy(() -> PolicySets.load(List.of(Path.of("no/such/folder"))))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("no/such/folder");
  }

  @Test
  void malformed_yaml_is_a_finding_with_its_line() throws Exception {
    PolicyLoad load = read("invalid/malformed.yaml");

    assertThat(load.sets()).isEmpty();
    assertThat(load.problems()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("policy-syntax");
      assertThat(f.source()).endsWith("malformed.yaml");
      assertThat(f.position().line()).isBetween(6, 7);
      assertThat(f.message()).startsWith("malformed YAML");
    });
  }

  @Test
  void an_unknown_check_names_its_line_and_the_checks_there_are() throws Exception {
    PolicyLoad load = read("invalid/unknown-check.yaml");

    assertThat(load.problems()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("policy-unknown-check");
      assertThat(f.path()).isEqualTo("/policies/1/check");
      assertThat(f.position().line()).isEqualTo(13);
      assertThat(f.message()).contains("unknown check 'pii-clasified'", "pii-classified");
    });
    assertThat(load.sets().get(0).policies()).extracting(Policy::id).containsExactly("good");
  }

  @Test
  void bad_params_point_at_the_parameter() throws Exception {
    assertThat(read("invalid/bad-params.yaml").problems())
        .extracting(Finding::code, f -> f.position().line(), Finding::path)
        .containsExactly(
            tuple("policy-params", 10, "/policies/0/params/properties"),
            tuple("policy-params", 17, "/policies/1/params/alowed"));
  }

  @Test
  void duplicate_ids_in_one_set_name_the_first_definition() throws Exception {
    PolicyLoad load = read("invalid/duplicate-ids.yaml");

    assertThat(load.problems()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("policy-duplicate-id");
      assertThat(f.position().line()).isEqualTo(10);
      assertThat(f.message()).contains("'versioned' is already used at").contains("duplicate-ids.yaml:5");
    });
    assertThat(load.sets().get(0).policies()).hasSize(1);
  }

  @Test
  void a_domain_set_without_its_domain_is_refused_as_a_whole() throws Exception {
    PolicyLoad load = read("invalid/domain-without-domain.yaml");

    assertThat(load.sets()).isEmpty();
    assertThat(load.problems()).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("a domain policy set must name its domain: add domain:"))
        .satisfies(f -> assertThat(f.position().line()).isEqualTo(3));
  }

  @Test
  void reports_every_wrong_shape_of_a_policy() {
    PolicyLoad load = PolicySets.read("shapes.yaml", """
        kind: PolicySet
        name: shapes
        level: domain
        domain: retail
        policies:
          - id: no-severity
            description: Severity is missing.
            check: semantic-version
          - id: bad severity
            description: Bad id, bad severity.
            severity: critical
            check: semantic-version
            sevrity: error
          - just a string
          - id: empty-scope
            description: An empty scope list.
            severity: info
            scope: {domains: [], owners: [x]}
            check: semantic-version
          - id: override-with-params
            severity: error
            params: {a: b}
        """);

    assertThat(load.problems()).extracting(f -> f.position().line(), Finding::message).containsExactly(
        tuple(6, "severity is missing in /policies/0"),
        tuple(13, "unknown field 'sevrity' in a policy; expected id, description, severity, scope, check, params"),
        tuple(9, "policy id 'bad severity' may hold only letters, digits, dots, dashes and underscores"),
        tuple(11, "unknown severity 'critical': use error, warning or info"),
        tuple(14, "a policy must be a mapping with id, description, severity, check and params"),
        tuple(18, "unknown field 'owners' in a scope; expected domains, classifications, statuses"),
        tuple(18, "domains must be a non-empty list of names; leave it out to match every contract"),
        tuple(22, "params needs a check: a policy without check only raises the severity of the global policy"
            + " with its id"));
    assertThat(load.sets().get(0).policies()).isEmpty();
  }

  @Test
  void a_global_policy_needs_a_check_and_a_description() {
    PolicyLoad load = PolicySets.read("g.yaml", "kind: PolicySet\nname: g\nlevel: global\npolicies:\n"
        + "  - {id: a, severity: error}\n");

    assertThat(load.problems()).extracting(Finding::message).containsExactly(
        "description is missing in /policies/0",
        "check is missing in /policies/0; name one of required-fundamentals, property-classification,"
            + " allowed-classifications, pii-classified, descriptions, primary-key, required-quality-metrics,"
            + " required-sla, semantic-version");
  }

  @Test
  void a_file_that_is_not_a_policy_set_says_so() {
    assertThat(PolicySets.read("c.yaml", "kind: DataContract\nid: x\n").problems()).extracting(Finding::message)
        .containsExactly("not a policy set: kind is 'DataContract', expected PolicySet");
    assertThat(PolicySets.read("n.yaml", "name: x\n").problems()).extracting(Finding::message)
        .containsExactly("not a policy set: the file has no kind: PolicySet");
    assertThat(PolicySets.read("e.yaml", "").problems()).extracting(Finding::message)
        .containsExactly("the file is empty: a policy set is a mapping with kind: PolicySet");
    assertThat(PolicySets.read("l.yaml", "- a\n").problems()).extracting(Finding::message)
        .containsExactly("a policy set must be a mapping of fields at the top, found a list");
  }

  @Test
  void set_level_fields_are_checked() {
    PolicyLoad load = PolicySets.read("s.yaml", """
        kind: PolicySet
        name: s
        level: global
        domain: retail
        owner: me
        policies: {}
        """);

    assertThat(load.sets()).isEmpty();
    assertThat(load.problems()).extracting(Finding::message).containsExactly(
        "unknown field 'owner' in a policy set; expected kind, name, description, level, domain, policies",
        "a global policy set applies to every domain; remove domain: or write level: domain",
        "policies must be a list of policies");
  }

  @Test
  void duplicate_keys_are_reported() {
    PolicyLoad load = PolicySets.read("d.yaml", "kind: PolicySet\nname: a\nname: b\nlevel: global\npolicies: []\n");

    assertThat(load.problems()).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("the key /name (line 3) appears twice in one mapping"));
  }

  @Test
  void a_written_set_reads_back_the_same() throws Exception {
    for (PolicySet set : read("valid").sets()) {
      String yaml = PolicySets.toYaml(set);
      PolicyLoad again = PolicySets.read("again.yaml", yaml);

      assertThat(again.problems()).isEmpty();
      assertThat(PolicySets.toTree(again.sets().get(0))).isEqualTo(PolicySets.toTree(set));
      assertThat(again.sets().get(0).policies()).extracting(Policy::rule)
          .isEqualTo(set.policies().stream().map(Policy::rule).toList());
    }
  }

  @Test
  void unreadable_text_is_an_io_error(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, new byte[] {'k', 'i', 'n', 'd', ':', ' ', (byte) 0xE9, '\n'});

    assertThatThrownBy(() -> PolicySets.load(List.of(dir))).hasMessageContaining("not UTF-8 text");
  }
}
