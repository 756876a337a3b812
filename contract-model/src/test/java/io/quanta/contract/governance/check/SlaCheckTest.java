package io.quanta.contract.governance.check;

import static io.quanta.contract.governance.check.CheckFixtures.contract;
import static io.quanta.contract.governance.check.CheckFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class SlaCheckTest {

  @Test
  void passes_when_the_sla_properties_have_values() throws Exception {
    assertThat(rule(RequiredSla.CHECK, "properties: [retention, latency]").evaluate(contract("""
        slaProperties:
          - {property: Retention, value: 3, unit: y}
          - {property: latency, value: 4, unit: d}
        """))).isEmpty();
  }

  @Test
  void accepts_synonyms_on_either_side() throws Exception {
    PolicyRule freshness = rule(RequiredSla.CHECK, "properties: [freshness, data_retention]");

    assertThat(freshness.params().get("properties")).hasToString("[\"latency\",\"retention\"]");
    assertThat(freshness.evaluate(contract("""
        slaProperties:
          - {property: freshness, value: 1, unit: h}
          - {property: retention-period, value: 1, unit: y}
        """))).isEmpty();
  }

  @Test
  void reports_missing_and_valueless_sla_properties() throws Exception {
    assertThat(rule(RequiredSla.CHECK, "properties: [retention, latency]").evaluate(contract("""
        slaProperties:
          - {property: latency, unit: d}
          - {property: frequency, value: 1}
        """)))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            tuple("/slaProperties", "the contract has no retention SLA: add it to"
                + " slaProperties with a value and unit"),
            tuple("/slaProperties/0", "the latency SLA has no value"));
    assertThat(rule(RequiredSla.CHECK, "properties: retention").evaluate(contract("")))
        .extracting(Violation::path).containsExactly("");
  }

  @Test
  void rejects_sla_names_it_does_not_know() {
    assertThatThrownBy(() -> rule(RequiredSla.CHECK, "properties: [speed]"))
        .isInstanceOf(InvalidParamException.class)
        .hasMessageContaining("'speed' is not an SLA property");
  }

  @Test
  void knows_every_odcs_sla_property() {
    assertThat(SlaNames.odcsNames()).contains("retention", "latency", "frequency", "timeOfAvailability",
        "endOfLife", "timeToRepair");
    assertThat(SlaNames.canonical("END_OF_LIFE")).contains("endOfLife");
  }
}
