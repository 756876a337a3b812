package io.quanta.contract.inherit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ContractCodec;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The comparisons behind the override rules, one table each. */
class TighteningTest {

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "varchar(100)  | varchar(50)   | true",
      "varchar(100)  | VARCHAR(100)  | true",
      "varchar       | varchar(50)   | true",
      "varchar(100)  | varchar       | false",
      "varchar(100)  | varchar(101)  | false",
      "varchar(100)  | text          | false",
      "decimal(10,2) | decimal(8,2)  | true",
      "decimal(10,2) | decimal(9,1)  | true",
      "decimal(10,2) | decimal(10,1) | false",
      "decimal(10,2) | decimal(10,3) | false",
      "decimal(10)   | decimal(8,2)  | false",
      "int           | bigint        | false",
      "timestamp(6)  | timestamp(3)  | true"})
  void physical_types_may_only_narrow(String was, String now, boolean allowed) {
    assertThat(Tightening.physicalNarrows(was, now)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({"public, internal, true", "internal, restricted, true", "confidential, confidential, true",
      "Restricted, confidential, false", "internal, public, false", "level-3, level-3, true", "level-3, level-4, false",
      "public, level-4, false"})
  void classification_may_only_rise(String was, String now, boolean allowed) {
    assertThat(Tightening.classificationRises(was, now)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "mustBeLessThan: 5             | mustBeLessThan: 5            | true",
      "mustBeLessThan: 5             | mustBeLessThan: 4            | true",
      "mustBeLessThan: 5             | mustBeLessOrEqualTo: 5       | false",
      "mustBeLessOrEqualTo: 5        | mustBeLessThan: 5            | true",
      "mustBeLessOrEqualTo: 10       | mustBe: 0                    | true",
      "mustBeLessOrEqualTo: 10       | mustBeGreaterThan: 0         | false",
      "mustBeGreaterThan: 100        | mustBeGreaterOrEqualTo: 101  | true",
      "mustBeGreaterThan: 100        | mustBeGreaterOrEqualTo: 100  | false",
      "mustBeBetween: [0, 10]        | mustBeBetween: [2, 8]        | true",
      "mustBeBetween: [0, 10]        | mustBeBetween: [2, 11]       | false",
      "mustBeBetween: [0, 10]        | mustBeLessThan: 5            | false",
      "mustBe: 0                     | mustBe: 0.0                  | true",
      "mustBe: 0                     | mustBe: 1                    | false",
      "mustBe: ok                    | mustBe: ok                   | true",
      "mustBe: ok                    | mustBe: fine                 | false",
      "mustNotBe: 3                  | mustNotBe: 3                 | true",
      "mustNotBe: 3                  | mustBeLessThan: 3            | false",
      "mustNotBeBetween: [0, 10]     | mustNotBeBetween: [-5, 20]   | true",
      "mustNotBeBetween: [0, 10]     | mustNotBeBetween: [1, 10]    | false",
      "description: no threshold yet | mustBeLessThan: 3            | true"})
  void a_stricter_threshold_accepts_fewer_values(String parent, String child, boolean allowed) throws Exception {
    assertThat(Threshold.tightens(yaml(parent), yaml(child))).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} {1} = {2} s")
  @CsvSource({"4, d, 345600", "96, h, 345600", "90, m, 5400", "2, weeks, 1209600", "1, month, 2592000",
      "3, y, 94608000", "1, yr, 31536000", "1500, ms, 1.5", "PT4H, , 14400", "P1D, , 86400", "P1DT12H, , 129600",
      "P3Y, , 94608000"})
  void reads_sla_durations_in_odcs_units(String value, String unit, BigDecimal seconds) throws Exception {
    JsonNode node = value.startsWith("P") ? ContractCodec.jsonMapper().getNodeFactory().textNode(value)
        : ContractCodec.jsonMapper().readTree(value);

    assertThat(Durations.seconds(node, unit)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo(seconds));
  }

  @ParameterizedTest
  @CsvSource({"4, lightyears", "soon, d", "4,"})
  void an_unknown_unit_or_value_is_no_duration(String value, String unit) {
    assertThat(Durations.seconds(ContractCodec.jsonMapper().getNodeFactory().textNode(value), unit)).isEmpty();
  }

  private static JsonNode yaml(String text) throws Exception {
    return ContractCodec.yamlMapper().readTree(text);
  }
}
