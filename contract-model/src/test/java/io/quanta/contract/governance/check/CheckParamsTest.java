package io.quanta.contract.governance.check;

import static io.quanta.contract.governance.check.CheckFixtures.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckParamsTest {

  @Test
  void a_single_name_is_a_list_of_one_and_duplicates_collapse() throws Exception {
    assertThat(CheckParams.of(params("a: x")).names("a")).containsExactly("x");
    assertThat(CheckParams.of(params("a: [x, y, x, 3]")).names("a")).containsExactly("x", "y", "3");
    assertThat(CheckParams.of(params("a: [X, x]")).lowerCaseNames("a")).containsExactly("x");
  }

  @Test
  void params_must_be_a_mapping() {
    assertThatThrownBy(() -> CheckParams.of(params("[a, b]")))
        .isInstanceOf(InvalidParamException.class)
        .hasMessageContaining("params must be a mapping");
  }

  @Test
  void names_must_be_text() {
    assertThatThrownBy(() -> CheckParams.of(params("a: [[x]]")).names("a"))
        .hasMessageContaining("a must hold names (text), not a nested list");
    assertThatThrownBy(() -> CheckParams.of(params("a: [x, null]")).names("a"))
        .hasMessageContaining("not nothing");
  }

  @Test
  void params_can_be_built_in_code() throws Exception {
    PolicyRule rule = RequiredSla.CHECK.configure(CheckParams.of(Map.of("properties", List.of("retention"))));

    assertThat(rule).isEqualTo(new RequiredSla(List.of("retention")));
  }

  @Test
  void the_standard_registry_knows_every_documented_check() {
    assertThat(CheckRegistry.standard().names()).containsExactly("required-fundamentals",
        "property-classification", "allowed-classifications", "pii-classified", "descriptions", "primary-key",
        "required-quality-metrics", "required-sla", "semantic-version");
    assertThat(CheckRegistry.standard().checks()).allSatisfy(c -> assertThat(c.summary()).isNotBlank());
  }

  @Test
  void a_registry_can_be_extended_but_not_with_a_taken_name() {
    PolicyCheck custom = PolicyCheck.of("has-tags", "The contract has tags.", List.of(),
        p -> new RequiredFundamentals(List.of("tags")));

    assertThat(CheckRegistry.standard().with(custom).find("has-tags")).contains(custom);
    assertThatThrownBy(() -> CheckRegistry.standard().with(SemanticVersion.CHECK))
        .hasMessageContaining("two checks are named semantic-version");
  }
}
