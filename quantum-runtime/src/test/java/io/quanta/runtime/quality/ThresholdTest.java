package io.quanta.runtime.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.QualityRule;
import org.junit.jupiter.api.Test;

class ThresholdTest {

  static Threshold threshold(String yaml) throws Exception {
    return Threshold.of(ContractCodec.yamlMapper().readValue(yaml, QualityRule.class));
  }

  @Test
  void must_be_and_must_not_be_compare_for_equality() throws Exception {
    assertThat(threshold("{metric: nullValues, mustBe: 0}").accepts(0)).isTrue();
    assertThat(threshold("{metric: nullValues, mustBe: 0}").accepts(1)).isFalse();
    assertThat(threshold("{metric: nullValues, mustNotBe: 3}").accepts(2)).isTrue();
    assertThat(threshold("{metric: nullValues, mustNotBe: 3}").accepts(3)).isFalse();
  }

  @Test
  void greater_and_less_operators_respect_strictness() throws Exception {
    assertThat(threshold("{mustBeGreaterThan: 5}").accepts(5)).isFalse();
    assertThat(threshold("{mustBeGreaterThan: 5}").accepts(5.5)).isTrue();
    assertThat(threshold("{mustBeGreaterOrEqualTo: 5}").accepts(5)).isTrue();
    assertThat(threshold("{mustBeGreaterOrEqualTo: 5}").accepts(4.9)).isFalse();
    assertThat(threshold("{mustBeLessThan: 5}").accepts(5)).isFalse();
    assertThat(threshold("{mustBeLessThan: 5}").accepts(4)).isTrue();
    assertThat(threshold("{mustBeLessOrEqualTo: 5}").accepts(5)).isTrue();
    assertThat(threshold("{mustBeLessOrEqualTo: 5}").accepts(6)).isFalse();
  }

  @Test
  void between_includes_its_bounds_and_not_between_excludes_them() throws Exception {
    Threshold between = threshold("{mustBeBetween: [10, 20]}");
    Threshold outside = threshold("{mustNotBeBetween: [10, 20]}");

    assertThat(between.accepts(10)).isTrue();
    assertThat(between.accepts(20)).isTrue();
    assertThat(between.accepts(9.99)).isFalse();
    assertThat(between.accepts(21)).isFalse();
    assertThat(outside.accepts(10)).isFalse();
    assertThat(outside.accepts(15)).isFalse();
    assertThat(outside.accepts(9)).isTrue();
    assertThat(outside.accepts(20.5)).isTrue();
  }

  @Test
  void several_operators_must_all_hold_and_read_as_one_text() throws Exception {
    Threshold t = threshold("{mustBeGreaterThan: 0, mustBeLessThan: 100, mustNotBe: 50}");

    assertThat(t.accepts(1)).isTrue();
    assertThat(t.accepts(50)).isFalse();
    assertThat(t.accepts(100)).isFalse();
    assertThat(t.text()).isEqualTo("!= 50 and > 0 and < 100");
    assertThat(threshold("{mustBeBetween: [0.5, 2]}").text()).isEqualTo("between 0.5 and 2");
  }

  @Test
  void no_operator_means_measured_only() throws Exception {
    Threshold none = threshold("{metric: rowCount}");

    assertThat(none.none()).isTrue();
    assertThat(none.text()).isNull();
    assertThat(none.accepts(123)).isTrue();
  }

  @Test
  void reads_booleans_and_numeric_text_for_must_be() throws Exception {
    assertThat(threshold("{mustBe: true}").accepts(1)).isTrue();
    assertThat(threshold("{mustBe: false}").accepts(0)).isTrue();
    assertThat(threshold("{mustBe: '7'}").accepts(7)).isTrue();
  }

  @Test
  void refuses_values_that_are_not_numbers_and_reversed_ranges() {
    assertThatThrownBy(() -> threshold("{mustBe: lots}")).isInstanceOf(RuleProblem.class)
        .hasMessageContaining("mustBe must be a number");
    assertThatThrownBy(() -> threshold("{mustBeBetween: [20, 10]}")).isInstanceOf(RuleProblem.class)
        .hasMessageContaining("smallest number first");
    assertThatThrownBy(() -> threshold("{mustNotBeBetween: [1]}")).isInstanceOf(RuleProblem.class)
        .hasMessageContaining("two numbers");
  }

  @Test
  void a_missed_threshold_warns_for_warning_and_info_and_fails_otherwise() {
    assertThat(Outcome.missed("error")).isEqualTo(Outcome.FAIL);
    assertThat(Outcome.missed(null)).isEqualTo(Outcome.FAIL);
    assertThat(Outcome.missed("critical")).isEqualTo(Outcome.FAIL);
    assertThat(Outcome.missed("warning")).isEqualTo(Outcome.WARN);
    assertThat(Outcome.missed("Info")).isEqualTo(Outcome.WARN);
  }
}
