package io.quanta.contract.inherit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.model.CustomProperty;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.QualityRule;
import io.quanta.contract.model.SchemaObject;
import io.quanta.contract.model.SchemaProperty;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every override rule against the {@code account} family: one child per illegal override, one per tightening. */
class OverrideRulesTest {

  private static final FolderContractSource OVERRIDES = Families.folder("overrides");

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource(delimiter = '|', value = {
      "illegal-retype-logical    | override-retype          | /schema/0/properties/0/logicalType"
          + " | logicalType of account.balance from number to string",
      "illegal-retype-physical   | override-retype          | /schema/0/properties/0/physicalType"
          + " | physicalType of account.nickname from varchar(100) to text",
      "illegal-widen-physical    | override-retype          | /schema/0/properties/0/physicalType"
          + " | physicalType of account.nickname from varchar(100) to varchar(200)",
      "illegal-required          | override-required        | /schema/0/properties/0/required"
          + " | required of account.email from true to false",
      "illegal-unique            | override-unique          | /schema/0/properties/0/unique"
          + " | unique of account.account_id from true to false",
      "illegal-critical          | override-critical        | /schema/0/properties/0/criticalDataElement"
          + " | criticalDataElement of account.account_id from true to false",
      "illegal-primary-key-drop  | override-primary-key     | /schema/0/properties/0/primaryKey"
          + " | primaryKey of account.account_id from true to false",
      "illegal-classification    | override-classification  | /schema/0/properties/0/classification"
          + " | classification of account.email from confidential to internal",
      "illegal-options-max       | override-options         | /schema/0/properties/0/logicalTypeOptions/maxLength"
          + " | logicalTypeOptions.maxLength of account.nickname from 100 to 200",
      "illegal-options-min       | override-options         | /schema/0/properties/0/logicalTypeOptions/minimum"
          + " | logicalTypeOptions.minimum of account.balance from 0 to -100",
      "illegal-items             | override-options         | /schema/0/properties/0/items/logicalTypeOptions/maxLength"
          + " | logicalTypeOptions.maxLength of account.labels[] from 20 to 50",
      "illegal-threshold         | override-threshold       | /schema/0/properties/0/quality/0/mustBeLessOrEqualTo"
          + " | the threshold of quality rule 'email_nulls' of account.email"
          + " from mustBeLessOrEqualTo 10 to mustBeLessOrEqualTo 100",
      "illegal-threshold-range   | override-threshold       | /schema/0/quality/0/mustBeBetween"
          + " | the threshold of quality rule 'account_rows' of account"
          + " from mustBeBetween [10,1000000] to mustBeBetween [0,2000000]",
      "illegal-threshold-unit    | override-threshold       | /schema/0/properties/0/quality/0/unit"
          + " | unit of quality rule 'email_nulls' of account.email from rows to percent",
      "illegal-severity          | override-severity        | /schema/0/quality/0/severity"
          + " | severity of quality rule 'account_rows' of account from error to warning",
      "illegal-quality-target    | override-quality-target  | /schema/0/properties/0/quality/0/metric"
          + " | metric of quality rule 'email_nulls' of account.email from nullValues to missingValues",
      "illegal-sla-latency       | override-sla             | /slaProperties/0/value"
          + " | value of SLA latency from 1 d to 2 d",
      "illegal-sla-latency-hours | override-sla             | /slaProperties/0/value"
          + " | value of SLA latency from 1 d to 36 h",
      "illegal-sla-retention     | override-sla             | /slaProperties/0/value"
          + " | value of SLA retention from 5 y to 12 months",
      "illegal-sla-availability  | override-sla             | /slaProperties/0/value"
          + " | value of SLA availability from 99.5 percent to 99 percent",
  })
  void refuses_each_illegal_override_naming_element_values_rule_and_chain(String id, String code, String path,
      String change) {
    Finding finding = single(id);

    assertThat(finding.code()).isEqualTo(code);
    assertThat(finding.source()).endsWith(id + ".odcs.yaml");
    assertThat(finding.path()).isEqualTo(path);
    assertThat(finding.position()).isNotNull();
    assertThat(finding.message())
        .startsWith(id + "@1.0.0 changes " + change + " (inherited from account@1.0.0): ")
        .endsWith(" (chain: " + id + "@1.0.0 → account@1.0.0)");
  }

  @Test
  void refuses_a_new_column_in_an_inherited_primary_key() {
    Finding finding = single("illegal-primary-key-add");

    assertThat(finding.code()).isEqualTo("override-primary-key");
    assertThat(finding.path()).isEqualTo("/schema/0/properties/0/primaryKey");
    assertThat(finding.message()).isEqualTo("illegal-primary-key-add@1.0.0 adds account.region to the primary key "
        + "of account (inherited from account@1.0.0): a child may not change an inherited primary key "
        + "(chain: illegal-primary-key-add@1.0.0 → account@1.0.0)");
  }

  @Test
  void the_rule_is_part_of_the_message() {
    assertThat(single("illegal-required").message()).contains(": a child may make a property required, never optional");
    assertThat(single("illegal-sla-latency-hours").message()).contains(": latency may only get shorter");
    assertThat(single("illegal-sla-retention").message()).contains(": retention may only get longer");
    assertThat(single("illegal-severity").message()).contains("severity may not drop (error > warning > info)");
  }

  @Test
  void a_grandchild_may_not_loosen_what_its_parent_tightened() {
    Finding finding = single("illegal-after-tighten");

    assertThat(finding.message()).isEqualTo("illegal-after-tighten@1.0.0 changes required of account.nickname from "
        + "true to false (inherited from tighten-required@1.0.0): a child may make a property required, never "
        + "optional (chain: illegal-after-tighten@1.0.0 → tighten-required@1.0.0 → account@1.0.0)");
  }

  @Test
  void allows_required_unique_and_critical_to_be_switched_on() {
    assertThat(nickname("tighten-required").requiredFlag()).isTrue();
    assertThat(nickname("tighten-unique").uniqueFlag()).isTrue();
    assertThat(nickname("tighten-critical").criticalDataElement()).isTrue();
  }

  @Test
  void allows_classification_to_rise() {
    assertThat(nickname("tighten-classification").classification()).isEqualTo("restricted");
  }

  @Test
  void allows_narrower_options_and_keeps_the_inherited_ones() {
    SchemaObject account = account("tighten-options");

    assertThat(account.property("nickname").orElseThrow().logicalTypeOptions())
        .containsOnlyKeys("minLength", "maxLength")
        .satisfies(o -> assertThat(o.get("minLength").asInt()).isEqualTo(3))
        .satisfies(o -> assertThat(o.get("maxLength").asInt()).isEqualTo(50));
    assertThat(account.property("balance").orElseThrow().logicalTypeOptions())
        .containsOnlyKeys("minimum", "maximum", "multipleOf");
    SchemaProperty labels = account.property("labels").orElseThrow();
    assertThat(labels.logicalTypeOptions().get("uniqueItems").asBoolean()).isTrue();
    assertThat(labels.items().logicalTypeOptions().get("maxLength").asInt()).isEqualTo(10);
  }

  @Test
  void allows_a_physical_type_to_narrow_its_length_or_precision() {
    SchemaObject account = account("tighten-physical");

    assertThat(account.property("nickname").orElseThrow().physicalType()).isEqualTo("VARCHAR(50)");
    assertThat(account.property("balance").orElseThrow().physicalType()).isEqualTo("decimal(10,2)");
  }

  @Test
  void allows_stricter_thresholds_which_replace_the_inherited_operator() {
    SchemaObject account = account("tighten-threshold");
    QualityRule nulls = account.property("email").orElseThrow().qualityRules().get(0);
    QualityRule rows = account.qualityRules().get(0);

    assertThat(nulls.mustBe().asInt()).isZero();
    assertThat(nulls.mustBeLessOrEqualTo()).isNull();
    assertThat(nulls.unit()).isEqualTo("rows");
    assertThat(nulls.severity()).isEqualTo("warning");
    assertThat(rows.mustBeBetween()).extracting(Number::intValue).containsExactly(100, 500000);
  }

  @Test
  void allows_severity_to_rise() {
    QualityRule nulls = account("tighten-severity").property("email").orElseThrow().qualityRules().get(0);

    assertThat(nulls.severity()).isEqualTo("error");
    assertThat(nulls.mustBeLessOrEqualTo().intValue()).isEqualTo(10);
  }

  @Test
  void allows_stricter_slas_in_other_units() {
    DataContract contract = effective("tighten-sla").contract();

    assertThat(contract.slaProperty("latency").orElseThrow().unit()).isEqualTo("h");
    assertThat(contract.slaProperty("retention").orElseThrow().value().asInt()).isEqualTo(10);
    assertThat(contract.slaProperty("availability").orElseThrow().value().asDouble()).isEqualTo(99.9);
    assertThat(contract.slaProperties()).hasSize(3);
  }

  @Test
  void allows_new_objects_properties_rules_and_slas_and_free_documentation() {
    EffectiveContract effective = effective("add-elements");
    DataContract contract = effective.contract();
    SchemaObject account = contract.object("account").orElseThrow();
    SchemaProperty email = account.property("email").orElseThrow();

    assertThat(contract.objects()).extracting(SchemaObject::name).containsExactly("account", "account_event");
    assertThat(account.columns()).extracting(SchemaProperty::name)
        .containsExactly("account_id", "email", "nickname", "balance", "labels", "phone");
    assertThat(account.qualityRules()).extracting(QualityRule::label).containsExactly("account_rows", "account_fresh");
    assertThat(contract.slaProperties()).extracting("property")
        .containsExactly("latency", "retention", "availability", "frequency");
    assertThat(email.description()).isEqualTo("The address statements are sent to.");
    assertThat(email.businessName()).isEqualTo("Contact e-mail");
    assertThat(email.tags()).containsExactly("pii", "contact");
    assertThat(email.personalData()).isTrue();
    assertThat(email.requiredFlag()).isTrue();
    assertThat(effective.origin("/schema/1")).contains(Origin.own(new ContractRef("add-elements", "1.0.0")));
  }

  static Stream<String> tightenings() {
    return Stream.of("tighten-required", "tighten-unique", "tighten-critical", "tighten-classification",
        "tighten-options", "tighten-physical", "tighten-threshold", "tighten-severity", "tighten-sla", "add-elements");
  }

  @ParameterizedTest
  @MethodSource("tightenings")
  void every_tightened_effective_contract_is_valid_odcs_and_says_what_it_overrides(String id) {
    EffectiveContract effective = effective(id);

    assertThat(Families.schemaErrors(effective)).isEmpty();
    assertThat(effective.origins().values()).anyMatch(o -> new ContractRef("account", "1.0.0").equals(o.overrides()));
    assertThat(CustomProperty.find(effective.annotated().customProperties(), "inheritanceChain")).isPresent();
  }

  private static Finding single(String id) {
    Resolution resolution = Families.resolve(OVERRIDES, id);
    assertThat(resolution.resolved()).as("%s resolves", id).isFalse();
    assertThat(resolution.findings()).hasSize(1);
    return resolution.findings().get(0);
  }

  private static EffectiveContract effective(String id) {
    Resolution resolution = Families.resolve(OVERRIDES, id);
    assertThat(resolution.findings()).isEmpty();
    return resolution.effective().orElseThrow();
  }

  private static SchemaObject account(String id) {
    return effective(id).contract().object("account").orElseThrow();
  }

  private static SchemaProperty nickname(String id) {
    return account(id).property("nickname").orElseThrow();
  }
}
