package io.quanta.contract.diff;

import static io.quanta.contract.diff.Compatibility.BREAKING;
import static io.quanta.contract.diff.Compatibility.NON_BREAKING;
import static io.quanta.contract.diff.DiffFixture.object;
import static io.quanta.contract.diff.DiffFixture.property;
import static io.quanta.contract.diff.DiffFixture.rule;
import static io.quanta.contract.diff.DiffFixture.single;
import static io.quanta.contract.model.SemVer.Bump.MAJOR;
import static io.quanta.contract.model.SemVer.Bump.MINOR;
import static io.quanta.contract.model.SemVer.Bump.PATCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityRulesTest {

  private static ObjectNode rowCount(ObjectNode contract) {
    return rule(object(contract, "orders"), 0);
  }

  private static ObjectNode nulls(ObjectNode contract) {
    return rule(property(contract, "orders", "amount"), 0);
  }

  @Test
  void removed_rule_is_breaking() {
    Change change = single(c -> object(c, "orders").remove("quality"), ChangeKind.QUALITY_RULE_REMOVED, BREAKING,
        MAJOR);

    assertThat(change.path()).isEqualTo("/schema/orders/quality/enough_rows");
  }

  @Test
  void added_rule_needs_a_minor_bump() {
    Change change = single(c -> ((ArrayNode) property(c, "orders", "order_id").putArray("quality")).addObject()
        .put("metric", "duplicateValues").put("mustBe", 0), ChangeKind.QUALITY_RULE_ADDED, NON_BREAKING, MINOR);

    assertThat(change.path()).isEqualTo("/schema/orders/properties/order_id/quality/duplicateValues");
  }

  @Test
  void looser_threshold_is_breaking() {
    Change change = single(c -> rowCount(c).put("mustBeGreaterThan", 500), ChangeKind.QUALITY_RULE_LOOSENED,
        BREAKING, MAJOR);

    assertThat(change.before()).isEqualTo("mustBeGreaterThan 1000");
    assertThat(change.after()).isEqualTo("mustBeGreaterThan 500");
  }

  @Test
  void stricter_threshold_needs_a_minor_bump() {
    single(c -> rowCount(c).put("mustBeGreaterThan", 5000), ChangeKind.QUALITY_RULE_TIGHTENED, NON_BREAKING, MINOR);
  }

  @Test
  void operator_swap_is_ordered_by_the_values_it_accepts() {
    single(c -> nulls(c).remove("mustBe"), ChangeKind.QUALITY_RULE_LOOSENED, BREAKING, MAJOR);
    single(c -> nulls(c).put("mustBeLessThan", 1).remove("mustBe"), ChangeKind.QUALITY_RULE_LOOSENED, BREAKING,
        MAJOR);
    single(c -> {
      rowCount(c).remove("mustBeGreaterThan");
      rowCount(c).set("mustBeBetween", c.arrayNode().add(2000).add(9000));
    }, ChangeKind.QUALITY_RULE_TIGHTENED, NON_BREAKING, MINOR);
    single(c -> rowCount(c).put("mustBeGreaterOrEqualTo", 1001).remove("mustBeGreaterThan"),
        ChangeKind.QUALITY_RULE_TIGHTENED, NON_BREAKING, MINOR);
  }

  @Test
  void threshold_that_accepts_other_values_is_breaking() {
    single(c -> rowCount(c).put("mustBeLessThan", 1000).remove("mustBeGreaterThan"),
        ChangeKind.QUALITY_RULE_CHANGED, BREAKING, MAJOR);
  }

  @Test
  void exclusion_thresholds_compare_by_what_they_exclude() {
    List<Change> wider = Edits.between(r -> exclude(r, 10), r -> exclude(r, 20));
    List<Change> narrower = Edits.between(r -> exclude(r, 20), r -> exclude(r, 10));

    assertThat(wider).extracting(Change::kind).containsExactly(ChangeKind.QUALITY_RULE_TIGHTENED);
    assertThat(narrower).extracting(Change::kind).containsExactly(ChangeKind.QUALITY_RULE_LOOSENED);
  }

  private static void exclude(ObjectNode contract, int upTo) {
    ObjectNode rule = rowCount(contract);
    rule.remove("mustBeGreaterThan");
    rule.set("mustNotBeBetween", contract.arrayNode().add(0).add(upTo));
  }

  @Test
  void same_threshold_written_differently_needs_a_patch() {
    single(c -> {
      nulls(c).put("mustBeLessOrEqualTo", 0).put("mustBeGreaterOrEqualTo", 0).remove("mustBe");
    }, ChangeKind.METADATA_CHANGED, NON_BREAKING, PATCH);
  }

  @Test
  void lowered_severity_is_breaking() {
    single(c -> rowCount(c).put("severity", "warning"), ChangeKind.QUALITY_SEVERITY_LOWERED, BREAKING, MAJOR);
  }

  @Test
  void raised_severity_needs_a_minor_bump() {
    Edits.expectOne(c -> rowCount(c).put("severity", "warning"), c -> rowCount(c).put("severity", "ERROR"),
        ChangeKind.QUALITY_SEVERITY_RAISED);
  }

  @Test
  void changed_metric_of_a_rule_with_an_id_is_breaking() {
    Change change = single(c -> rowCount(c).put("metric", "nullValues"), ChangeKind.QUALITY_RULE_CHANGED,
        BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/schema/orders/quality/enough_rows/metric");
  }

  @Test
  void changed_metric_of_an_unnamed_rule_is_a_removal_and_an_addition() {
    List<Change> changes = DiffFixture.changes(c -> nulls(c).put("metric", "missingValues"));

    assertThat(changes).extracting(Change::kind)
        .containsExactly(ChangeKind.QUALITY_RULE_REMOVED, ChangeKind.QUALITY_RULE_ADDED);
    assertThat(changes.get(0).path()).endsWith("/quality/nullValues");
  }

  @Test
  void changed_query_of_a_named_rule_is_breaking() {
    Change change = Edits.expectOne(
        c -> ((ArrayNode) object(c, "orders").get("quality")).addObject().put("name", "no_future_orders")
            .put("type", "sql").put("query", "select count(*) from orders where day > now()").put("mustBe", 0),
        c -> ((ArrayNode) object(c, "orders").get("quality")).addObject().put("name", "no_future_orders")
            .put("type", "sql").put("query", "select count(*) from orders where day > now() + 1").put("mustBe", 0),
        ChangeKind.QUALITY_RULE_CHANGED);

    assertThat(change.path()).isEqualTo("/schema/orders/quality/no_future_orders/query");
  }

  @Test
  void changed_unit_is_breaking() {
    single(c -> rule(property(c, "orders", "status"), 0).put("unit", "rows"), ChangeKind.QUALITY_RULE_CHANGED,
        BREAKING, MAJOR);
  }

  @Test
  void removed_valid_value_is_breaking() {
    Change change = single(c -> ((ArrayNode) rule(property(c, "orders", "status"), 0).get("arguments")
        .get("validValues")).remove(1), ChangeKind.ENUM_VALUE_REMOVED, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo(
        "/schema/orders/properties/status/quality/invalidValues/arguments/validValues");
  }

  @Test
  void added_valid_value_needs_a_minor_bump() {
    single(c -> ((ArrayNode) rule(property(c, "orders", "status"), 0).get("arguments").get("validValues"))
        .add("returned"), ChangeKind.ENUM_VALUE_ADDED, NON_BREAKING, MINOR);
  }

  @Test
  void schedule_change_needs_a_minor_bump() {
    single(c -> rowCount(c).put("schedule", "0 6 * * *"), ChangeKind.QUALITY_SCHEDULE_CHANGED, NON_BREAKING, MINOR);
  }

  @Test
  void rule_description_needs_a_patch() {
    single(c -> rowCount(c).put("description", "At least a thousand orders a day"),
        ChangeKind.DOCUMENTATION_CHANGED, NON_BREAKING, PATCH);
  }

  @Test
  void rules_without_ids_match_by_metric_then_position() {
    List<Change> changes = Edits.between(
        c -> ((ArrayNode) object(c, "orders").get("quality")).addObject().put("metric", "rowCount")
            .put("mustBeLessThan", 1000000),
        c -> {
          ArrayNode rules = (ArrayNode) object(c, "orders").get("quality");
          rules.addObject().put("metric", "rowCount").put("mustBeLessThan", 1000000);
          rules.addObject().put("metric", "rowCount").put("mustBeLessThan", 900000);
        });

    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.QUALITY_RULE_ADDED);
      assertThat(c.path()).isEqualTo("/schema/orders/quality/rowCount[2]");
    });
  }
}
