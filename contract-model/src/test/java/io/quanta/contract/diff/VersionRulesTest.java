package io.quanta.contract.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SemVer.Bump;
import io.quanta.contract.testing.Fixtures;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VersionRulesTest {

  private static final Consumer<ObjectNode> NOTHING = c -> { };
  private static final Consumer<ObjectNode> DOCUMENTATION = c -> c.put("status", "deprecated");
  private static final Consumer<ObjectNode> ADDITION = c -> c.withArray("/roles").addObject().put("role", "auditor");
  private static final Consumer<ObjectNode> BREAK = c -> c.withArray("/servers").remove(0);

  private static DiffReport report(String oldVersion, Consumer<ObjectNode> edit, String newVersion)
      throws ContractVersionException {
    ObjectNode old = DiffFixture.base();
    old.put("version", oldVersion);
    ObjectNode neu = DiffFixture.base();
    edit.accept(neu);
    neu.put("version", newVersion);
    return ContractDiff.compare(DiffFixture.contract(old), DiffFixture.contract(neu));
  }

  @ParameterizedTest(name = "{0} change, {1} -> {2}: {3}")
  @CsvSource({
      "none, 1.2.0, 1.2.0, true", "none, 1.2.0, 1.2.1, true", "none, 1.2.0, 1.1.9, false",
      "patch, 1.2.0, 1.2.0, false", "patch, 1.2.0, 1.2.1, true", "patch, 1.2.0, 1.3.0, true",
      "patch, 1.2.0, 1.1.0, false",
      "minor, 1.2.0, 1.2.5, false", "minor, 1.2.0, 1.3.0, true", "minor, 1.2.0, 2.0.0, true",
      "major, 1.2.0, 1.3.0, false", "major, 1.2.0, 1.99.0, false", "major, 1.2.0, 2.0.0, true",
      "major, 1.2.0, 2.0.0-rc.1, true", "major, 1.2.0, 0.9.0, false",
      "major, 0.3.1, 0.4.0, false", "major, 0.3.1, 1.0.0, true", "minor, 0.3.1, 0.4.0, true"})
  void checks_the_new_version_against_the_bump_the_changes_need(String change, String from, String to,
      boolean satisfies) throws Exception {
    Consumer<ObjectNode> edit = switch (change) {
      case "none" -> NOTHING;
      case "patch" -> DOCUMENTATION;
      case "minor" -> ADDITION;
      default -> BREAK;
    };

    DiffReport report = report(from, edit, to);

    assertThat(report.required()).isEqualTo(change.equals("none") ? Bump.NONE : Bump.valueOf(change.toUpperCase()));
    assertThat(report.versionSatisfies()).isEqualTo(satisfies);
    assertThat(report.oldVersion()).isEqualTo(from);
    assertThat(report.newVersion()).isEqualTo(to);
  }

  @ParameterizedTest
  @CsvSource({"NONE, 1.2.3, 1.2.3", "PATCH, 1.2.3, 1.2.4", "MINOR, 1.2.3, 1.3.0", "MAJOR, 1.2.3, 2.0.0",
      "PATCH, 1.3.0-rc.1, 1.3.0", "MAJOR, 1.3.0-rc.1, 2.0.0"})
  void names_the_smallest_version_that_satisfies(Bump bump, String from, String minimum) {
    assertThat(ContractDiff.minimum(io.quanta.contract.model.SemVer.parse(from).orElseThrow(), bump))
        .hasToString(minimum);
  }

  @Test
  void identical_contracts_need_no_bump() throws Exception {
    DiffReport report = report("1.0.0", NOTHING, "1.0.0");

    assertThat(report.changes()).isEmpty();
    assertThat(report.required()).isEqualTo(Bump.NONE);
    assertThat(report.minimumVersion()).isEqualTo("1.0.0");
    assertThat(report.versionSatisfies()).isTrue();
  }

  @Test
  void unparseable_new_version_is_refused_with_its_side() {
    assertThatThrownBy(() -> report("1.0.0", NOTHING, "one point two"))
        .isInstanceOf(ContractVersionException.class)
        .hasMessageContaining("'one point two' is not a semantic version")
        .satisfies(e -> assertThat(((ContractVersionException) e).side())
            .isEqualTo(ContractVersionException.Side.NEW));
  }

  @Test
  void missing_old_version_is_refused_with_its_side() {
    ObjectNode old = DiffFixture.base();
    old.remove("version");

    assertThatThrownBy(() -> ContractDiff.compare(DiffFixture.contract(old), DiffFixture.contract(DiffFixture.base())))
        .isInstanceOf(ContractVersionException.class)
        .hasMessageContaining("no version")
        .satisfies(e -> assertThat(((ContractVersionException) e).side())
            .isEqualTo(ContractVersionException.Side.OLD));
  }

  static Stream<Path> examples() {
    return Fixtures.officialExamples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void official_example_against_itself_has_no_changes(Path example) throws Exception {
    DataContract once = ContractCodec.readFile(example);
    DataContract twice = ContractCodec.readFile(example);

    DiffReport report = ContractDiff.compare(once, twice);

    assertThat(report.changes()).isEmpty();
    assertThat(report.required()).isEqualTo(Bump.NONE);
    assertThat(report.versionSatisfies()).isTrue();
  }
}
