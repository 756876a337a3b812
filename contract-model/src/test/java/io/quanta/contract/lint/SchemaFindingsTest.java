package io.quanta.contract.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deliberately broken contracts: each file in {@code lint/invalid} ends with {@code # expect:} lines that
 * list every finding it must produce, as severity, code and line:column, in report order.
 */
class SchemaFindingsTest {

  private final ContractLinter linter = ContractLinter.create();

  static Stream<Path> brokenContracts() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.resource("lint/invalid"))) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenContracts")
  void reports_exactly_the_expected_findings(Path file) throws IOException {
    List<String> expected = Files.readAllLines(file).stream()
        .filter(line -> line.startsWith("# expect: "))
        .map(line -> line.substring("# expect: ".length()))
        .toList();

    List<String> actual = linter.lint(file).findings().stream()
        .map(f -> f.severity().word() + " " + f.code() + " " + f.position())
        .toList();

    assertThat(expected).as("the file lists its expected findings").isNotEmpty();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void a_typo_in_a_property_is_one_finding_at_the_key_with_a_suggestion() {
    Finding finding = single("property-typo.yaml");

    assertThat(finding.path()).isEqualTo("/schema/0/properties/0/requird");
    assertThat(finding.position().line()).isEqualTo(11);
    assertThat(finding.position().column()).isEqualTo(9);
    assertThat(finding.message()).startsWith("unknown field 'requird' in schema[0].properties[0]; did you mean 'required'?")
        .contains("allowed: ").contains("logicalType");
  }

  @Test
  void a_misspelt_required_field_is_reported_once_as_the_misspelling() {
    Finding finding = single("misspelt-required-field.yaml");

    assertThat(finding.code()).isEqualTo("schema-unknown-field");
    assertThat(finding.message()).contains("'versoin'").contains("did you mean 'version'?");
  }

  @Test
  void a_misspelt_quality_operator_is_not_reported_as_a_missing_operator() {
    Finding finding = single("quality-operator-typo.yaml");

    assertThat(finding.message()).contains("'mustBeGreaterThen'").contains("did you mean 'mustBeGreaterThan'?");
  }

  @Test
  void an_enum_value_lists_the_allowed_values_and_the_closest_one() {
    assertThat(single("server-type-enum.yaml").message())
        .startsWith("type 'postgre' (did you mean 'postgres'?) is not one of api, athena, azure");
    assertThat(single("wrong-kind.yaml").message()).isEqualTo("kind must be 'DataContract', found 'Contract'");
  }

  @Test
  void a_missing_required_field_names_the_condition_that_requires_it() {
    assertThat(single("quality-sql-without-query.yaml").message())
        .isEqualTo("required field 'query' is missing in schema[0].quality[0] (required when type is 'sql')");
    assertThat(single("missing-version.yaml").message()).isEqualTo("required field 'version' is missing");
  }

  @Test
  void a_failed_alternative_is_reported_as_the_closest_one() {
    assertThat(single("team-member-without-username.yaml").message())
        .isEqualTo("required field 'username' is missing in team[0]"
            + " (read as a list of TeamMember, the closest of 2 allowed forms)");
    assertThat(single("team-text.yaml").message())
        .isEqualTo("team must be a mapping of fields (Team) or a list of TeamMember, found 'data-team'");
  }

  @Test
  void two_quality_operators_are_named_together() {
    assertThat(single("quality-two-operators.yaml").message())
        .isEqualTo("schema[0].quality[0] has 'mustBe' and 'mustBeLessThan', but only one of them is allowed");
  }

  @Test
  void options_without_a_logical_type_point_at_the_missing_logical_type() {
    Finding finding = single("logical-type-missing-with-options.yaml");

    assertThat(finding.path()).isEqualTo("/schema/0/properties/1");
    assertThat(finding.message()).startsWith("schema[0].properties[1] has no logicalType")
        .contains("string, date, timestamp, time, integer, number, object or array");
  }

  @Test
  void a_number_where_text_belongs_says_to_quote_it() {
    assertThat(single("version-number.yaml").message())
        .isEqualTo("version must be text, found the number 1.0; put it in quotes to keep it as text");
  }

  @Test
  void a_malformed_reference_says_how_to_write_one() {
    assertThat(single("relationship-bad-reference.yaml").message()).contains("'customers id'")
        .contains("is not a valid reference: write object.property or schema/<object id>/properties/<property id>");
  }

  private Finding single(String name) {
    try {
      List<Finding> findings = linter.lint(Fixtures.resource("lint/invalid/" + name)).findings();
      assertThat(findings).hasSize(1);
      return findings.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
