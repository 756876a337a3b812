package io.quanta.contract.diff;

import static io.quanta.contract.diff.Compatibility.BREAKING;
import static io.quanta.contract.diff.Compatibility.NON_BREAKING;
import static io.quanta.contract.diff.DiffFixture.changes;
import static io.quanta.contract.diff.DiffFixture.options;
import static io.quanta.contract.diff.DiffFixture.property;
import static io.quanta.contract.diff.DiffFixture.single;
import static io.quanta.contract.model.SemVer.Bump.MAJOR;
import static io.quanta.contract.model.SemVer.Bump.MINOR;
import static io.quanta.contract.model.SemVer.Bump.PATCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsRulesTest {

  @Test
  void removed_enum_value_is_breaking() {
    Change change = single(c -> ((ArrayNode) options(c, "orders", "status").get("enum")).remove(2),
        ChangeKind.ENUM_VALUE_REMOVED, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/schema/orders/properties/status/logicalTypeOptions/enum");
    assertThat(change.before()).isEqualTo("cancelled");
  }

  @Test
  void added_enum_value_needs_a_minor_bump() {
    Change change = single(c -> ((ArrayNode) options(c, "orders", "status").get("enum")).add("returned"),
        ChangeKind.ENUM_VALUE_ADDED, NON_BREAKING, MINOR);

    assertThat(change.after()).isEqualTo("returned");
  }

  @Test
  void reordered_enum_values_are_no_change() {
    assertThat(changes(c -> {
      ArrayNode values = (ArrayNode) options(c, "orders", "status").get("enum");
      values.add(values.remove(0));
    })).isEmpty();
  }

  @Test
  void dropped_enum_is_breaking() {
    single(c -> options(c, "orders", "status").remove("enum"), ChangeKind.OPTION_WIDENED, BREAKING, MAJOR);
  }

  @Test
  void max_length_raised_is_breaking() {
    Change change = single(c -> options(c, "orders", "status").put("maxLength", 50), ChangeKind.OPTION_WIDENED,
        BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/schema/orders/properties/status/logicalTypeOptions/maxLength");
  }

  @Test
  void max_length_lowered_needs_a_minor_bump() {
    single(c -> options(c, "orders", "status").put("maxLength", 10), ChangeKind.OPTION_NARROWED, NON_BREAKING,
        MINOR);
  }

  @Test
  void min_length_lowered_is_breaking() {
    Edits.expectOne(c -> options(c, "orders", "status").put("minLength", 3),
        c -> options(c, "orders", "status").put("minLength", 1), ChangeKind.OPTION_WIDENED);
  }

  @Test
  void maximum_raised_is_breaking() {
    single(c -> options(c, "orders", "amount").put("maximum", 200000), ChangeKind.OPTION_WIDENED, BREAKING, MAJOR);
  }

  @Test
  void minimum_raised_needs_a_minor_bump() {
    single(c -> options(c, "orders", "amount").put("minimum", 1), ChangeKind.OPTION_NARROWED, NON_BREAKING, MINOR);
  }

  @Test
  void minimum_made_exclusive_needs_a_minor_bump() {
    Change change = single(c -> options(c, "orders", "amount").put("exclusiveMinimum", 0).remove("minimum"),
        ChangeKind.OPTION_NARROWED, NON_BREAKING, MINOR);

    assertThat(change.before()).isEqualTo("minimum 0");
    assertThat(change.after()).isEqualTo("exclusiveMinimum 0");
  }

  @Test
  void removed_limit_is_breaking() {
    single(c -> options(c, "orders", "amount").remove("maximum"), ChangeKind.OPTION_WIDENED, BREAKING, MAJOR);
  }

  @Test
  void date_limits_compare_in_time_order() {
    Edits.expectOne(c -> options(c, "orders", "status").put("minimum", "2020-01-01"),
        c -> options(c, "orders", "status").put("minimum", "2019-06-30"), ChangeKind.OPTION_WIDENED);
  }

  @Test
  void changed_pattern_is_breaking_and_added_one_is_not() {
    Edits.expectOne(c -> options(c, "orders", "status").put("pattern", "[a-z]+"),
        c -> options(c, "orders", "status").put("pattern", "[a-z0-9]+"), ChangeKind.OPTION_CHANGED);
    single(c -> options(c, "orders", "status").put("pattern", "[a-z]+"), ChangeKind.OPTION_NARROWED, NON_BREAKING,
        MINOR);
  }

  @Test
  void same_limit_written_differently_needs_a_patch() {
    single(c -> options(c, "orders", "status").put("maxLength", "20"), ChangeKind.METADATA_CHANGED, NON_BREAKING,
        PATCH);
  }

  @Test
  void required_member_of_an_object_option_removed_is_breaking() {
    Edits.expectOne(c -> property(c, "orders", "customer").putObject("logicalTypeOptions").putArray("required")
            .add("email").add("tier"),
        c -> property(c, "orders", "customer").putObject("logicalTypeOptions").putArray("required").add("email"),
        ChangeKind.OPTION_WIDENED);
  }

  @Test
  void unique_items_dropped_is_breaking() {
    List<Change> changes = Edits.between(
        c -> options(c, "orders", "status").put("uniqueItems", true),
        c -> options(c, "orders", "status").put("uniqueItems", false));

    assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.OPTION_WIDENED);
  }
}
