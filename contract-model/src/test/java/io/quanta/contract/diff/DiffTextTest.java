package io.quanta.contract.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.model.SemVer.Bump;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffTextTest {

  private static final Change TYPE = Change.of("/schema/orders/properties/amount/logicalType",
      ChangeKind.LOGICAL_TYPE_CHANGED, "number", "string", "readers expecting number break");
  private static final Change ADDED = Change.of("/schema/orders/properties/note", ChangeKind.PROPERTY_ADDED, null,
      "note", "a new property: readers that do not select it are unaffected");
  private static final Change TAGS = Change.of("/tags", ChangeKind.DOCUMENTATION_CHANGED, null, "[\"sales\"]",
      "documentation only: the data and its guarantees are unchanged");

  @Test
  void writes_one_aligned_line_per_change_then_the_summary() {
    DiffReport report = new DiffReport(List.of(TYPE, ADDED, TAGS), Bump.MAJOR, "1.2.0", "1.3.0", "2.0.0", false);

    assertThat(DiffText.render(report)).isEqualTo("""
        BREAKING      /schema/orders/properties/amount/logicalType  type changed  number → string: readers \
        expecting number break
        NON-BREAKING  /schema/orders/properties/note                property added: a new property: readers that \
        do not select it are unaffected
        NON-BREAKING  /tags                                         documentation changed  now ["sales"]: \
        documentation only: the data and its guarantees are unchanged
        3 changes (1 breaking). Needs a major bump: 1.2.0 → 2.0.0 or later; NEW is 1.3.0: NOT ENOUGH
        """);
  }

  @Test
  void summary_says_ok_when_the_version_is_enough() {
    DiffReport report = new DiffReport(List.of(ADDED), Bump.MINOR, "1.2.0", "1.3.0", "1.3.0", true);

    assertThat(DiffText.summary(report))
        .isEqualTo("1 change (0 breaking). Needs a minor bump: 1.2.0 → 1.3.0 or later; NEW is 1.3.0: OK");
  }

  @Test
  void summary_of_no_changes_flags_a_version_that_went_down() {
    DiffReport same = new DiffReport(List.of(), Bump.NONE, "1.2.0", "1.2.0", "1.2.0", true);
    DiffReport lower = new DiffReport(List.of(), Bump.NONE, "1.2.0", "1.1.0", "1.2.0", false);

    assertThat(DiffText.summary(same)).isEqualTo("No changes. NEW is 1.2.0: OK");
    assertThat(DiffText.summary(lower)).isEqualTo("No changes. NEW is 1.1.0, below 1.2.0: NOT ENOUGH");
  }
}
