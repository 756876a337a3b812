package io.quanta.contract.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.governance.check.RequiredSla;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyCombineTest {

  private static List<PolicySet> sets(String... files) throws Exception {
    List<PolicySet> sets = new ArrayList<>();
    for (String file : files) {
      PolicyLoad load = PolicySetReaderTest.read(file);
      assertThat(load.problems()).isEmpty();
      sets.addAll(load.sets());
    }
    return sets;
  }

  private static PolicySet set(String yaml) {
    PolicyLoad load = PolicySets.read("inline.yaml", yaml);
    assertThat(load.problems()).isEmpty();
    return load.sets().get(0);
  }

  @Test
  void a_domain_adds_policies_and_raises_global_ones() throws Exception {
    CombinedPolicies combined = PolicySets.combine(sets("valid"));

    assertThat(combined.problems()).isEmpty();
    EffectivePolicies retail = combined.forDomain("retail");
    assertThat(retail.policies()).extracting(Policy::id, Policy::severity).containsExactly(
        tuple("owner-and-domain", Severity.ERROR),
        tuple("pii-protected", Severity.ERROR),
        tuple("described", Severity.WARNING),
        tuple("retention", Severity.ERROR),
        tuple("retail-row-count", Severity.WARNING));
    assertThat(retail.policy("retention").orElseThrow().rule())
        .isEqualTo(new RequiredSla(List.of("retention", "latency")));
    assertThat(retail.policy("retention").orElseThrow().scope().isAll()).isTrue();
    assertThat(retail.policy("described").orElseThrow().origin().source()).endsWith("retail.yml");
  }

  @Test
  void a_domain_set_governs_only_its_own_domain() throws Exception {
    CombinedPolicies combined = PolicySets.combine(sets("valid"));

    assertThat(combined.domainNames()).containsExactly("retail");
    assertThat(combined.forDomain("RETAIL").policies()).hasSize(5);
    assertThat(combined.forDomain("finance").policies()).isEqualTo(combined.global());
    assertThat(combined.forDomain(null).policies()).isEqualTo(combined.global());
    assertThat(combined.forDomain("finance").policy("described").orElseThrow().severity())
        .isEqualTo(Severity.INFO);
  }

  @Test
  void attempts_to_loosen_a_global_policy_are_findings_naming_both_files() throws Exception {
    CombinedPolicies combined = PolicySets.combine(sets("valid/global.yaml", "conflicts"));

    assertThat(combined.hasErrors()).isTrue();
    assertThat(combined.problems()).extracting(Finding::code, f -> f.position().line()).containsExactly(
        tuple("policy-conflict", 6), tuple("policy-conflict", 15), tuple("policy-conflict", 12),
        tuple("policy-conflict", 23));
    assertThat(combined.problems()).allSatisfy(f -> assertThat(f.source()).endsWith("finance.yaml"));
    assertThat(combined.problems().get(0).message())
        .contains("policy 'pii-protected' cannot replace the global policy of that id at")
        .contains("global.yaml:13")
        .contains("lowers the severity from error to warning")
        .contains("that are looser than or differ from the global");
    assertThat(combined.problems().get(1).message()).contains("narrows the scope");
    assertThat(combined.problems().get(2).message())
        .contains("cannot lower the severity of the global policy at").contains("from error to info");
    assertThat(combined.problems().get(3).message()).contains("no global policy has that id");
  }

  @Test
  void after_a_conflict_the_global_policy_stays() throws Exception {
    CombinedPolicies combined = PolicySets.combine(sets("valid/global.yaml", "conflicts"));
    EffectivePolicies finance = combined.forDomain("finance");

    assertThat(finance.policies()).isEqualTo(combined.global());
  }

  @Test
  void a_domain_may_not_swap_the_check_of_a_global_policy() {
    PolicySet global = set("kind: PolicySet\nname: g\nlevel: global\npolicies:\n"
        + "  - {id: keyed, description: d, severity: warning, check: primary-key}\n");
    PolicySet domain = set("kind: PolicySet\nname: d\nlevel: domain\ndomain: x\npolicies:\n"
        + "  - {id: keyed, description: d, severity: error, check: semantic-version}\n");

    CombinedPolicies combined = PolicySets.combine(List.of(domain, global));

    assertThat(combined.problems()).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("runs the check semantic-version instead of primary-key"));
    assertThat(combined.forDomain("x").policy("keyed").orElseThrow().check()).isEqualTo("primary-key");
  }

  @Test
  void a_policy_defined_twice_keeps_the_first_definition() {
    PolicySet first = set("kind: PolicySet\nname: a\nlevel: global\npolicies:\n"
        + "  - {id: v, description: first, severity: error, check: semantic-version}\n");
    PolicySet second = set("kind: PolicySet\nname: b\nlevel: global\npolicies:\n"
        + "  - {id: v, description: second, severity: info, check: semantic-version}\n");
    PolicySet domainOne = set("kind: PolicySet\nname: d1\nlevel: domain\ndomain: x\npolicies:\n"
        + "  - {id: w, description: one, severity: info, check: semantic-version}\n");
    PolicySet domainTwo = set("kind: PolicySet\nname: d2\nlevel: domain\ndomain: X\npolicies:\n"
        + "  - {id: w, description: two, severity: info, check: semantic-version}\n  - {id: v, severity: error}\n");

    CombinedPolicies combined = PolicySets.combine(List.of(first, second, domainOne, domainTwo));

    assertThat(combined.problems()).extracting(Finding::message).containsExactly(
        "global policy 'v' is defined again; the definition at inline.yaml:5 applies",
        "policy 'w' is already defined for domain X at inline.yaml:6; that definition applies");
    assertThat(combined.forDomain("x").policies()).extracting(Policy::description).containsExactly("first", "one");
  }
}
