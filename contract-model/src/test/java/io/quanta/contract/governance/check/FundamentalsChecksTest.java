package io.quanta.contract.governance.check;

import static io.quanta.contract.governance.check.CheckFixtures.contract;
import static io.quanta.contract.governance.check.CheckFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.contract.model.DataContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FundamentalsChecksTest {

  private static final String FIELDS = "fields: [domain, team, owner, description.purpose]";

  @Test
  void required_fundamentals_pass_when_all_are_stated() throws Exception {
    DataContract complete = contract("""
        domain: retail
        description: {purpose: Orders as placed.}
        team:
          name: orders-team
          members: [{username: ann, role: owner}]
        """);

    assertThat(rule(RequiredFundamentals.CHECK, FIELDS).evaluate(complete)).isEmpty();
  }

  @Test
  void required_fundamentals_report_each_missing_field_at_its_pointer() throws Exception {
    DataContract bare = contract("description: {usage: read it}\n");

    assertThat(rule(RequiredFundamentals.CHECK, FIELDS).evaluate(bare))
        .extracting(Violation::path)
        .containsExactly("/domain", "/team", "/team", "/description/purpose");
  }

  @Test
  void a_blank_field_counts_as_missing() throws Exception {
    assertThat(rule(RequiredFundamentals.CHECK, "fields: [domain, tags]").evaluate(contract("domain: ' '\ntags: []\n")))
        .extracting(Violation::message)
        .containsExactly("the contract has no domain", "the contract has no tags");
  }

  @ParameterizedTest
  @ValueSource(strings = {"owner", "Owner", "Data Owner", "product_owner", "data-owner"})
  void owner_is_a_member_whose_role_ends_in_owner(String role) {
    assertThat(RequiredFundamentals.hasOwner(contract("team: [{username: ann, role: '" + role + "'}]\n"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Data Scientist", "ownership lead", "co-ownerx"})
  void other_roles_are_not_owners(String role) {
    assertThat(RequiredFundamentals.hasOwner(contract("team: [{username: ann, role: '" + role + "'}]\n"))).isFalse();
  }

  @Test
  void a_member_who_left_is_not_the_owner() {
    assertThat(RequiredFundamentals.hasOwner(contract(
        "team: [{username: ann, role: owner, dateOut: '2020-01-01'}]\n"))).isFalse();
  }

  @Test
  void owner_may_be_a_custom_property_of_the_contract_or_the_team() {
    assertThat(RequiredFundamentals.hasOwner(contract("customProperties: [{property: owner, value: ann}]\n")))
        .isTrue();
    assertThat(RequiredFundamentals.hasOwner(contract(
        "team: {name: t, customProperties: [{property: owner, value: ann}]}\n"))).isTrue();
    assertThat(RequiredFundamentals.hasOwner(contract("customProperties: [{property: owner, value: ''}]\n")))
        .isFalse();
  }

  @Test
  void a_team_needs_a_name_or_a_member() throws Exception {
    PolicyRule team = rule(RequiredFundamentals.CHECK, "fields: [team]");

    assertThat(team.evaluate(contract("team: {description: nobody}\n"))).hasSize(1);
    assertThat(team.evaluate(contract("team: {name: t}\n"))).isEmpty();
    assertThat(team.evaluate(contract("team: [{username: ann}]\n"))).isEmpty();
  }

  @Test
  void rejects_a_field_that_is_not_an_odcs_field() {
    assertThatThrownBy(() -> rule(RequiredFundamentals.CHECK, "fields: [domian]"))
        .isInstanceOf(InvalidParamException.class)
        .hasMessageContaining("'domian' is not a top-level field");
    assertThatThrownBy(() -> rule(RequiredFundamentals.CHECK, "fields: ['description..purpose']"))
        .hasMessageContaining("not a field path");
    assertThatThrownBy(() -> rule(RequiredFundamentals.CHECK, ""))
        .hasMessageContaining("'fields' is required");
  }

  @Test
  void more_fields_are_stricter() throws Exception {
    PolicyRule few = rule(RequiredFundamentals.CHECK, "fields: [domain]");
    PolicyRule more = rule(RequiredFundamentals.CHECK, "fields: [domain, owner]");

    assertThat(more.atLeastAsStrictAs(few)).isTrue();
    assertThat(few.atLeastAsStrictAs(more)).isFalse();
  }

  @Test
  void semantic_version_accepts_full_versions_only() throws Exception {
    PolicyRule semver = rule(SemanticVersion.CHECK, "");

    assertThat(semver.evaluate(contract(""))).isEmpty();
    assertThat(semver.evaluate(contract("version: 2.0.0-rc.1+build.5\n"))).isEmpty();
    assertThat(semver.evaluate(contract("version: '1.0'\n"))).singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/version"))
        .satisfies(v -> assertThat(v.message()).contains("'1.0' is not a semantic version"));
    assertThat(semver.evaluate(contract("version: v1.0.0\n"))).hasSize(1);
  }

  @Test
  void semantic_version_takes_no_params() {
    assertThatThrownBy(() -> rule(SemanticVersion.CHECK, "strict: true"))
        .isInstanceOf(InvalidParamException.class)
        .hasMessageContaining("has no parameter 'strict'; it takes none")
        .satisfies(e -> assertThat(((InvalidParamException) e).param()).isEqualTo("strict"));
  }
}
