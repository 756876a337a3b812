package io.quanta.runtime.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaDurationTest {

  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  static Duration parse(JsonNode value, String unit) {
    return SlaDuration.parse(value, unit).orElse(null);
  }

  @Test
  void reads_odcs_unit_letters_and_words() {
    assertThat(parse(JSON.numberNode(4), "d")).isEqualTo(Duration.ofDays(4));
    assertThat(parse(JSON.numberNode(4), "days")).isEqualTo(Duration.ofDays(4));
    assertThat(parse(JSON.numberNode(1), "day")).isEqualTo(Duration.ofDays(1));
    assertThat(parse(JSON.numberNode(3), "y")).isEqualTo(Duration.ofDays(3 * 365));
    assertThat(parse(JSON.numberNode(2), "yr")).isEqualTo(Duration.ofDays(730));
    assertThat(parse(JSON.numberNode(6), "h")).isEqualTo(Duration.ofHours(6));
    assertThat(parse(JSON.numberNode(6), "Hours")).isEqualTo(Duration.ofHours(6));
    assertThat(parse(JSON.numberNode(15), "m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(parse(JSON.numberNode(15), "minutes")).isEqualTo(Duration.ofMinutes(15));
    assertThat(parse(JSON.numberNode(30), "s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(parse(JSON.numberNode(2), "weeks")).isEqualTo(Duration.ofDays(14));
    assertThat(parse(JSON.numberNode(1), "month")).isEqualTo(Duration.ofDays(30));
    assertThat(parse(JSON.numberNode(500), "ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(parse(JSON.numberNode(1.5), "h")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void reads_the_unit_inside_the_value_and_iso_durations() {
    assertThat(parse(JSON.textNode("4 days"), null)).isEqualTo(Duration.ofDays(4));
    assertThat(parse(JSON.textNode("12h"), "d")).isEqualTo(Duration.ofHours(12));
    assertThat(parse(JSON.textNode("2"), "h")).isEqualTo(Duration.ofHours(2));
    assertThat(parse(JSON.textNode("PT6H"), null)).isEqualTo(Duration.ofHours(6));
    assertThat(parse(JSON.textNode("P1D"), null)).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void is_empty_for_values_that_are_not_durations() {
    assertThat(parse(JSON.numberNode(4), null)).isNull();
    assertThat(parse(JSON.numberNode(99.9), "percent")).isNull();
    assertThat(parse(JSON.textNode("2022-05-12T09:30:10-08:00"), null)).isNull();
    assertThat(parse(JSON.numberNode(-1), "d")).isNull();
    assertThat(parse(null, "d")).isNull();
  }
}
