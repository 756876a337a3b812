package io.quanta.runtime.pipeline.staging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MisfitsTest {

  @Test
  void names_row_and_column_of_a_value_of_the_wrong_type() {
    assertThat(Misfits.describe(1366, "Incorrect integer value: 'abc' for column `shop`.`orders__v2`.`qty` at row 3"))
        .isEqualTo("row 3: column qty: incorrect integer value: 'abc'");
  }

  @Test
  void says_a_required_column_is_empty() {
    assertThat(Misfits.describe(1263, "Column set to default value; NULL supplied to NOT NULL column 'label' at row 2"))
        .isEqualTo("row 2: column label: empty (NULL), but the contract requires a value");
    assertThat(Misfits.describe(1048, "Column 'label' cannot be null"))
        .isEqualTo("column label: empty (NULL), but the contract requires a value");
  }

  @Test
  void names_the_repeated_key() {
    assertThat(Misfits.describe(1062, "Duplicate entry '7' for key 'PRIMARY'"))
        .isEqualTo("the key 7 appears more than once (primary key)");
    assertThat(Misfits.describe(1062, "Duplicate entry 'x@y' for key 'uq_email'"))
        .isEqualTo("the key x@y appears more than once (unique key uq_email)");
  }

  @Test
  void says_a_value_is_too_long() {
    assertThat(Misfits.describe(1406, "Data too long for column 'label' at row 1"))
        .isEqualTo("row 1: column label: the value is longer than the column allows");
  }
}
