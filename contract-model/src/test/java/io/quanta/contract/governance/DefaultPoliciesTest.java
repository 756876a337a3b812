package io.quanta.contract.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.governance.check.CheckRegistry;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultPoliciesTest {

  private static final EffectivePolicies DEFAULTS =
      PolicySets.combine(List.of(PolicySets.defaults())).forDomain(null);

  static Stream<Path> examples() {
    return Fixtures.officialExamples();
  }

  @Test
  void the_default_set_loads_and_uses_every_standard_check() {
    PolicySet defaults = PolicySets.defaults();

    assertThat(defaults.name()).isEqualTo("enterprise-defaults");
    assertThat(defaults.level()).isEqualTo(PolicyLevel.GLOBAL);
    assertThat(defaults.source()).isEqualTo("built-in:default-policies.yaml");
    assertThat(defaults.policies()).extracting(Policy::check).containsAll(CheckRegistry.standard().names());
    assertThat(defaults.policies()).filteredOn(p -> p.severity() == Severity.ERROR).extracting(Policy::id)
        .containsExactly("owner-and-domain", "semantic-version", "pii-protected", "primary-key");
  }

  @Test
  void a_well_governed_contract_passes_every_default_policy() throws Exception {
    DataContract compliant = ContractCodec.readFile(Fixtures.resource("governance/contracts/compliant.odcs.yaml"));

    PolicyReport report = PolicyEngine.evaluate(compliant, DEFAULTS);

    assertThat(report.violations()).isEmpty();
    assertThat(report.count(PolicyResult.Outcome.PASS)).isEqualTo(PolicySets.defaults().policies().size());
  }

  @Test
  void the_defaults_catch_unprotected_personal_data() throws Exception {
    DataContract orders = ContractCodec.readFile(Fixtures.resource("governance/contracts/retail-orders.odcs.yaml"));

    PolicyReport report = PolicyEngine.evaluate(orders, DEFAULTS);

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.failed()).extracting(r -> r.policy().id())
        .containsExactly("pii-protected", "retention-and-freshness");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void every_official_example_is_evaluated_without_breaking_a_check(Path example) throws Exception {
    DataContract contract = ContractCodec.readFile(example);

    PolicyReport report = PolicyEngine.evaluate(contract, DEFAULTS);

    assertThat(report.results()).hasSize(PolicySets.defaults().policies().size());
    assertThat(report.violations()).noneSatisfy(f -> assertThat(f.message()).contains("could not evaluate"));
  }

  @Test
  void the_full_official_example_fails_for_the_reasons_it_should() throws Exception {
    DataContract full = ContractCodec.readFile(Fixtures.officialExample("all__full-example.odcs.yaml"));

    PolicyReport report = PolicyEngine.evaluate(full, DEFAULTS);

    assertThat(report.failed()).extracting(r -> r.policy().id()).isNotEmpty()
        .doesNotContain("owner-and-domain", "semantic-version");
  }

  @Test
  void the_default_set_writes_back_to_the_same_set() {
    PolicySet defaults = PolicySets.defaults();

    PolicyLoad again = PolicySets.read("again.yaml", PolicySets.toYaml(defaults));

    assertThat(again.problems()).isEmpty();
    assertThat(again.sets().get(0).policies()).extracting(Policy::id, Policy::severity, Policy::scope, Policy::rule)
        .isEqualTo(defaults.policies().stream()
            .map(p -> tuple(p.id(), p.severity(), p.scope(), p.rule())).toList());
  }
}
