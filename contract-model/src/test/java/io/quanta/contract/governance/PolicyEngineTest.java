package io.quanta.contract.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.governance.PolicyResult.Outcome;
import io.quanta.contract.governance.check.CheckRegistry;
import io.quanta.contract.governance.check.PolicyCheck;
import io.quanta.contract.governance.check.PolicyRule;
import io.quanta.contract.governance.check.RequiredFundamentals;
import io.quanta.contract.governance.check.Violation;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyEngineTest {

  private static final String SCOPED = """
      kind: PolicySet
      name: scoped
      level: global
      policies:
        - {id: any, description: d, severity: info, check: semantic-version}
        - {id: retail, description: d, severity: info, check: semantic-version, scope: {domains: [Retail, food]}}
        - {id: finance, description: d, severity: info, check: semantic-version, scope: {domains: finance}}
        - {id: secret, description: d, severity: info, check: semantic-version, scope: {classifications: [secret]}}
        - {id: public, description: d, severity: info, check: semantic-version, scope: {classifications: [public]}}
        - {id: draft, description: d, severity: info, check: semantic-version, scope: {statuses: [draft]}}
        - id: both
          description: all conditions must hold
          severity: info
          check: semantic-version
          scope: {domains: [retail], statuses: [active], classifications: [public]}
      """;

  private static DataContract contract(String file) throws Exception {
    return ContractCodec.readFile(Fixtures.resource("governance/contracts/" + file));
  }

  @Test
  void scope_decides_which_policies_apply() throws Exception {
    EffectivePolicies policies = PolicySets.combine(PolicySets.read("s.yaml", SCOPED).sets()).forDomain(null);

    PolicyReport report = PolicyEngine.evaluate(contract("retail-orders.odcs.yaml"), policies);

    assertThat(report.results()).extracting(r -> r.policy().id(), PolicyResult::outcome).containsExactly(
        tuple("any", Outcome.PASS), tuple("retail", Outcome.PASS), tuple("finance", Outcome.NOT_APPLICABLE),
        tuple("secret", Outcome.NOT_APPLICABLE), tuple("public", Outcome.PASS),
        tuple("draft", Outcome.NOT_APPLICABLE), tuple("both", Outcome.PASS));
  }

  @Test
  void classifications_in_scope_are_searched_in_nested_properties() throws Exception {
    PolicySet set = PolicySets.read("s.yaml", SCOPED).sets().get(0);
    DataContract nested = ContractCodec.read("id: n\nversion: 1.0.0\nschema: [{name: t, properties: [{name: a,"
        + " properties: [{name: b, classification: SECRET}]}]}]\n");

    PolicyReport report = PolicyEngine.evaluate(nested, new EffectivePolicies(null, set.policies()));

    assertThat(report.results().get(3).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void violations_are_findings_with_the_policy_id_severity_pointer_and_line() throws Exception {
    Path file = Fixtures.resource("governance/contracts/retail-orders.odcs.yaml");
    ParsedDocument document = ContractCodec.parse(file.toString(), Files.readString(file));
    DataContract contract = ContractCodec.bind(document.tree());
    EffectivePolicies policies = PolicySets.combine(PolicySetReaderTest.read("valid").sets()).forContract(contract);

    PolicyReport report = PolicyEngine.evaluate(contract, policies, file.toString(), document.sourceMap());

    assertThat(report.domain()).isEqualTo("retail");
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.failed()).extracting(r -> r.policy().id()).containsExactly("pii-protected", "retention");
    assertThat(report.violations()).extracting(Finding::severity, Finding::code, Finding::path,
        f -> f.position().line()).containsExactly(
        tuple(Severity.ERROR, "pii-protected", "/schema/0/properties/1/classification", 32),
        tuple(Severity.ERROR, "retention", "/slaProperties", 33));
    assertThat(report.summary()).isEqualTo("5 policies: 3 passed, 2 failed (2 error, 0 warning, 0 info),"
        + " 0 not applicable");
  }

  @Test
  void only_a_failed_error_policy_blocks() throws Exception {
    PolicySet warnings = PolicySets.read("w.yaml", """
        kind: PolicySet
        name: w
        level: global
        policies:
          - {id: sla, description: d, severity: warning, check: required-sla, params: {properties: [latency]}}
          - {id: key, description: d, severity: error, check: primary-key}
        """).sets().get(0);

    PolicyReport report = PolicyEngine.evaluate(contract("retail-orders.odcs.yaml"),
        new EffectivePolicies(null, warnings.policies()));

    assertThat(report.failed()).extracting(r -> r.policy().id()).containsExactly("sla");
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.violations()).singleElement()
        .satisfies(f -> assertThat(f.source()).isEqualTo("retail-orders"))
        .satisfies(f -> assertThat(f.position()).isNull());
  }

  @Test
  void a_check_that_breaks_fails_its_policy_instead_of_the_caller() throws Exception {
    PolicyRule broken = new PolicyRule() {
      @Override
      public String check() {
        return "broken";
      }

      @Override
      public ObjectNode params() {
        return JsonNodeFactory.instance.objectNode();
      }

      @Override
      public List<Violation> evaluate(DataContract contract) {
        throw new IllegalStateException("boom");
      }
    };
    CheckRegistry registry = CheckRegistry.standard().with(PolicyCheck.of("broken", "Breaks.", List.of(),
        p -> broken));
    PolicyLoad load = PolicySetReader.using(registry).read("b.yaml", "kind: PolicySet\nname: b\nlevel: global\n"
        + "policies:\n  - {id: b, description: d, severity: error, check: broken}\n");

    PolicyReport report = PolicyEngine.evaluate(contract("compliant.odcs.yaml"),
        new EffectivePolicies(null, load.sets().get(0).policies()));

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.violations()).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("the check broken could not evaluate this contract (IllegalStateException: boom)"));
  }

  @Test
  void the_text_and_json_reports_show_each_policy_outcome() throws Exception {
    EffectivePolicies policies = PolicySets.combine(PolicySets.read("s.yaml", SCOPED).sets()).forDomain(null);
    PolicyReport report = PolicyEngine.evaluate(ContractCodec.read("id: x\nversion: '1'\ndomain: finance\n"), policies);

    String text = PolicyReportFormat.text(report);
    assertThat(text).startsWith("x (contract x)\n")
        .contains("  FAIL  info     any      d\n")
        .contains("        x: info [any] version '1' is not a semantic version")
        .contains("  SKIP  info     retail   (not in scope) d\n")
        .endsWith("  7 policies: 0 passed, 2 failed (0 error, 0 warning, 2 info), 5 not applicable\n");
    var json = PolicyReportFormat.json(report);
    assertThat(json.get("hasErrors").asBoolean()).isFalse();
    assertThat(json.get("policies").get(0).get("outcome").asText()).isEqualTo("fail");
    assertThat(json.get("policies").get(1).get("outcome").asText()).isEqualTo("not-applicable");
    assertThat(json.get("summary").get("failedInfo").asInt()).isEqualTo(2);
  }

  @Test
  void policies_can_be_built_in_code() throws Exception {
    Policy owner = new Policy("owner", "Has an owner.", Severity.ERROR, null,
        new RequiredFundamentals(List.of("owner")), null);
    DataContract orphan = ContractCodec.read("id: orphan\nversion: 1.0.0\nteam: [{username: ann, role: analyst}]\n");

    PolicyReport report = PolicyEngine.evaluate(orphan, new EffectivePolicies(null, List.of(owner)));

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.violations()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("/team"));
  }
}
