package io.quanta.runtime.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaTermsTest {

  static DataContract contract(String sla, String objects) throws Exception {
    return ContractCodec.read("""
        apiVersion: v3.1.0
        kind: DataContract
        id: x
        version: 1.0.0
        status: active
        schema:
        %s
        slaProperties:
        %s
        """.formatted(objects.indent(2), sla.indent(2)));
  }

  static final String TWO_OBJECTS = """
      - name: orders
        properties: [{name: id, logicalType: integer}, {name: updated_at, logicalType: timestamp}]
      - name: lines
        properties: [{name: id, logicalType: integer}]
      """;

  @Test
  void a_latency_without_element_applies_to_every_object_and_the_strictest_wins() throws Exception {
    SlaTerms terms = SlaTerms.of(contract("""
        - {property: latency, value: 4, unit: d}
        - {property: freshness, value: 6, unit: h, element: orders.updated_at}
        """, TWO_OBJECTS));

    assertThat(terms.latency("orders")).contains(Duration.ofHours(6));
    assertThat(terms.latency("lines")).contains(Duration.ofDays(4));
  }

  @Test
  void an_element_limits_a_term_to_the_objects_it_names() throws Exception {
    SlaTerms terms = SlaTerms.of(contract("""
        - {property: ly, value: 1, unit: h, element: 'lines.id, lines.other'}
        - {property: retention, value: 3, unit: y}
        """, TWO_OBJECTS));

    assertThat(terms.latency("orders")).isEmpty();
    assertThat(terms.latency("lines")).contains(Duration.ofHours(1));
    assertThat(terms.terms().get(1).latency()).isFalse();
    assertThat(terms.terms().get(1).meaning()).contains("reported, not measured");
    assertThat(terms.terms().get(1).duration()).isEqualTo(Duration.ofDays(3 * 365));
  }

  @Test
  void names_the_freshness_column_from_a_latency_element() throws Exception {
    DataContract contract = contract("- {property: latency, value: 1, unit: d, element: orders.updated_at}",
        TWO_OBJECTS);

    assertThat(SlaTerms.freshnessElement(contract, "orders")).contains("updated_at");
    assertThat(SlaTerms.freshnessElement(contract, "lines")).isEmpty();
  }

  @Test
  void a_bare_column_element_means_the_only_object_and_the_default_element_fills_in() throws Exception {
    DataContract single = contract("- {property: latency, value: 2, unit: h, element: updated_at}",
        "- {name: orders, properties: [{name: updated_at, logicalType: timestamp}]}");
    DataContract byDefault = ContractCodec.read("""
        apiVersion: v3.0.2
        kind: DataContract
        id: x
        version: 1.0.0
        status: active
        schema: [{name: orders, properties: [{name: ts, logicalType: timestamp}]}, {name: other}]
        slaDefaultElement: orders.ts
        slaProperties: [{property: latency, value: 2, unit: h}]
        """);

    assertThat(SlaTerms.freshnessElement(single, "orders")).contains("updated_at");
    assertThat(SlaTerms.freshnessElement(byDefault, "orders")).contains("ts");
    assertThat(SlaTerms.of(byDefault).latency("other")).isEmpty();
  }
}
