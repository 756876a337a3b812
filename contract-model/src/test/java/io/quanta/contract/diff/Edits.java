package io.quanta.contract.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/** Diffs two edits of the base contract, for rules whose OLD side is not the base itself. */
final class Edits {

  private Edits() {
  }

  static List<Change> between(Consumer<ObjectNode> before, Consumer<ObjectNode> after) {
    ObjectNode old = DiffFixture.base();
    before.accept(old);
    ObjectNode neu = DiffFixture.base();
    after.accept(neu);
    return ContractDiff.changes(DiffFixture.contract(old), DiffFixture.contract(neu));
  }

  /** Asserts that the two edits differ by exactly one change of this kind. */
  static Change expectOne(Consumer<ObjectNode> before, Consumer<ObjectNode> after, ChangeKind kind) {
    List<Change> changes = between(before, after);
    assertThat(changes).extracting(Change::kind).containsExactly(kind);
    assertThat(changes.get(0).compatibility()).isEqualTo(kind.compatibility());
    assertThat(changes.get(0).bump()).isEqualTo(kind.bump());
    return changes.get(0);
  }
}
