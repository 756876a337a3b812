package io.quanta.contract.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaValuesTest {

  @ParameterizedTest(name = "{0} {1} = {3} {2}")
  @CsvSource({
      "4, d, duration, 345600", "1, day, duration, 86400", "2, hours, duration, 7200", "90, m, duration, 5400",
      "30, s, duration, 30", "1, y, duration, 31536000", "1, yr, duration, 31536000",
      "1500, ms, duration, 1.500", "99.9, %, percent, 99.9", "99.9, percent, percent, 99.9",
      "3, rows, number rows, 3", "'5d', , duration, 432000", "'PT2H', , duration, 7200",
      "'P1Y', , duration, 31536000", "'99.95%', , percent, 99.95",
      "'09:00-08:00', , time, 61200", "'17:00', , time, 61200", "'2022-05-12', , instant, 1652313600"})
  void reads_values_in_one_unit_per_dimension(String value, String unit, String dimension, String amount) {
    var node = value.chars().allMatch(c -> Character.isDigit(c) || c == '.')
        ? DecimalNode.valueOf(new BigDecimal(value)) : TextNode.valueOf(value);

    SlaValues.Quantity quantity = SlaValues.quantity(node, unit);

    assertThat(quantity.dimension()).isEqualTo(dimension);
    assertThat(quantity.amount()).isEqualByComparingTo(amount);
  }

  @ParameterizedTest
  @CsvSource({"latency, -1", "Frequency, -1", "retention, 1", "availability, 1", "endOfLife, 1",
      "timeOfAvailability, -1", "freshnessScore, 0"})
  void knows_which_direction_is_the_stronger_promise(String property, int direction) {
    assertThat(SlaValues.strongerWhenLarger(property)).isEqualTo(direction);
  }
}
