package io.quanta.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {

  static final java.time.LocalDateTime UNTIL = java.time.LocalDateTime.of(2026, 11, 21, 12, 0);

  @TempDir
  Path dir;

  @Test
  void writes_the_same_orders_for_the_same_arguments() throws Exception {
    SampleData.orders(dir.resolve("a.csv"), 5_000, UNTIL, n -> { });
    SampleData.orders(dir.resolve("b.csv"), 5_000, UNTIL, n -> { });

    assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1);
    assertThat(dir.resolve("a.csv.partial")).doesNotExist();
  }

  @Test
  void orders_have_a_header_unique_ids_known_customers_and_a_few_legacy_phone_orders() throws Exception {
    Path file = dir.resolve("orders.csv");
    SampleData.orders(file, 20_000, UNTIL, n -> { });

    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("order_id,customer_id,ordered_at,country,channel,amount,currency,coupon_code");
    assertThat(lines).hasSize(20_001);
    List<String[]> rows = lines.stream().skip(1).map(l -> l.split(",", -1)).toList();
    assertThat(rows).allSatisfy(r -> {
      assertThat(r).hasSize(8);
      assertThat(Integer.parseInt(r[1].substring(1))).isBetween(1, SampleData.CUSTOMERS);
      assertThat(r[6]).isIn("EUR", "USD", "JPY");
    });
    assertThat(rows.stream().map(r -> r[0]).distinct().count()).isEqualTo(20_000);
    assertThat(rows.stream().map(r -> r[2]).max(String::compareTo)).as("the newest order").hasValue("2026-11-21 12:00:00");
    long phone = rows.stream().filter(r -> r[4].equals("phone")).count();
    assertThat(phone * 100.0 / rows.size()).as("phone share, which the sample's warning rule catches").isBetween(1.0, 3.0);
  }

  @Test
  void customers_are_the_ones_orders_refer_to() throws Exception {
    Path file = dir.resolve("customers.csv");
    SampleData.customers(file, 50, UNTIL);

    try (Stream<String> lines = Files.lines(file)) {
      List<String> all = lines.toList();
      assertThat(all).hasSize(51);
      assertThat(all.get(1)).startsWith(SampleData.customerId(1) + ",customer1@example.com,");
      assertThat(all.get(50)).startsWith("C000050,").contains(",2026-11-21 12:00:00,");
    }
  }
}
