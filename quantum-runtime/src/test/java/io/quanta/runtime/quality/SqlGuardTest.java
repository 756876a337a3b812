package io.quanta.runtime.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import io.quanta.runtime.schema.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlGuardTest {

  static final Column AMOUNT = new Column("amount", "amount_eur", "DECIMAL(12,2)", ValueKind.DECIMAL, false, false);
  static final Table ORDERS = new Table("orders", "shop_orders", List.of(AMOUNT), List.of(), null, true);

  @Test
  void fills_odcs_placeholders_with_quoted_catalog_names() {
    assertThat(SqlGuard.prepare("SELECT COUNT(*) FROM {object} WHERE {property} < 0", ORDERS, AMOUNT))
        .isEqualTo("SELECT COUNT(*) FROM `shop_orders` WHERE `amount_eur` < 0");
    assertThat(SqlGuard.prepare("select count(*) from ${table} where ${column} is null;", ORDERS, AMOUNT))
        .isEqualTo("select count(*) from `shop_orders` where `amount_eur` is null");
  }

  @Test
  void admits_with_queries_and_keywords_inside_literals_and_comments() {
    assertThat(SqlGuard.prepare("WITH x AS (SELECT 1 AS n) SELECT n FROM x", ORDERS, null)).startsWith("WITH");
    assertThat(SqlGuard.prepare("SELECT COUNT(*) FROM {object} WHERE note = 'delete; drop' -- update\n",
        ORDERS, null)).contains("'delete; drop'");
    assertThat(SqlGuard.prepare("(SELECT 1) /* insert */", ORDERS, null)).isEqualTo("(SELECT 1) /* insert */");
  }

  @Test
  void refuses_statements_that_are_not_a_select() {
    assertThatThrownBy(() -> SqlGuard.prepare("DELETE FROM {object}", ORDERS, null))
        .isInstanceOf(RuleProblem.class).hasMessageContaining("refused").hasMessageContaining("DELETE");
    assertThatThrownBy(() -> SqlGuard.prepare("  update shop_orders set x = 1", ORDERS, null))
        .hasMessageContaining("UPDATE");
    assertThatThrownBy(() -> SqlGuard.prepare("WITH x AS (SELECT 1) DELETE FROM shop_orders", ORDERS, null))
        .hasMessageContaining("uses DELETE");
  }

  @Test
  void refuses_writes_locks_and_hidden_statements_inside_a_select() {
    assertThatThrownBy(() -> SqlGuard.prepare("SELECT 1 INTO OUTFILE '/tmp/x'", ORDERS, null))
        .hasMessageContaining("INTO");
    assertThatThrownBy(() -> SqlGuard.prepare("SELECT 1 FROM shop_orders FOR UPDATE", ORDERS, null))
        .hasMessageContaining("UPDATE");
    assertThatThrownBy(() -> SqlGuard.prepare("SELECT 1 FROM shop_orders FOR SHARE", ORDERS, null))
        .hasMessageContaining("FOR SHARE");
    assertThatThrownBy(() -> SqlGuard.prepare("SELECT 1; DROP TABLE shop_orders", ORDERS, null))
        .hasMessageContaining("several statements");
    assertThatThrownBy(() -> SqlGuard.prepare("SELECT 1 /*!50000 , (SELECT 2) */", ORDERS, null))
        .hasMessageContaining("executable comments");
  }

  @Test
  void refuses_a_property_placeholder_on_an_object_rule_and_an_empty_query() {
    assertThatThrownBy(() -> SqlGuard.prepare("SELECT COUNT({property}) FROM {object}", ORDERS, null))
        .hasMessageContaining("not on a property");
    assertThatThrownBy(() -> SqlGuard.prepare(" ", ORDERS, null)).hasMessageContaining("needs a query");
    assertThatThrownBy(() -> SqlGuard.prepare("SELECT 'open", ORDERS, null)).hasMessageContaining("never closed");
  }
}
