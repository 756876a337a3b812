package io.quanta.contract.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhysicalTypesTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      "varchar(50); varchar(100); WIDER", "varchar(100); varchar(50); NARROWER", "varchar(50); text; WIDER",
      "VARCHAR(50); character varying (50); SAME", "varchar(max); varchar(10); NARROWER",
      "int; bigint; WIDER", "bigint; integer; NARROWER", "int4; integer; SAME", "smallint; int2; SAME",
      "real; double precision; WIDER", "float(53); float4; NARROWER",
      "decimal(10,2); decimal(12,2); WIDER", "decimal(10,2); decimal(10,3); OTHER",
      "decimal(10,2); numeric(12,4); WIDER", "numeric; numeric(10,2); NARROWER",
      "char(2); char(3); WIDER", "int; varchar(10); OTHER", "date; timestamp; OTHER", "table; view; OTHER",
      "varchar(abc); varchar(10); OTHER"})
  void orders_types_by_the_values_they_hold(String before, String after, PhysicalTypes.Order expected) {
    assertThat(PhysicalTypes.compare(before, after)).isEqualTo(expected);
  }
}
