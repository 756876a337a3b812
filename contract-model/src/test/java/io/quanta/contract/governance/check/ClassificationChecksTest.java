package io.quanta.contract.governance.check;

import static io.quanta.contract.governance.check.CheckFixtures.contract;
import static io.quanta.contract.governance.check.CheckFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.quanta.contract.model.DataContract;
import org.junit.jupiter.api.Test;

class ClassificationChecksTest {

  private static final DataContract CUSTOMERS = contract("""
      schema:
        - name: customers
          properties:
            - name: id
              classification: internal
            - name: email
              tags: [pii]
              classification: public
            - name: address
              classification: confidential
              properties:
                - name: street
                  customProperties: [{property: pii, value: true}]
            - name: phone
              customProperties: [{property: pii, value: "true"}]
            - name: note
      """);

  @Test
  void property_classification_reports_every_unclassified_property() throws Exception {
    assertThat(rule(PropertyClassification.CHECK, "").evaluate(CUSTOMERS))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            tuple("/schema/0/properties/3", "property customers.phone has no classification"),
            tuple("/schema/0/properties/4", "property customers.note has no classification"));
  }

  @Test
  void property_classification_passes_when_all_are_classified_nested_ones_by_their_parent() throws Exception {
    DataContract classified = contract("""
        schema:
          - name: customers
            properties:
              - {name: id, classification: internal}
              - name: address
                classification: confidential
                properties: [{name: street}]
              - name: tags
                logicalType: array
                classification: public
                items: {logicalType: string}
        """);

    assertThat(rule(PropertyClassification.CHECK, "").evaluate(classified)).isEmpty();
  }

  @Test
  void array_items_are_classified_by_their_property_but_their_nested_properties_are_not() throws Exception {
    assertThat(rule(PropertyClassification.CHECK, "").evaluate(contract("""
        schema:
          - name: t
            properties:
              - name: lines
                logicalType: array
                items:
                  logicalType: object
                  properties: [{name: sku}]
        """))).extracting(Violation::path)
        .containsExactly("/schema/0/properties/0", "/schema/0/properties/0/items/properties/0");
  }

  @Test
  void property_classification_with_allowed_reports_other_values_at_the_classification() throws Exception {
    assertThat(rule(PropertyClassification.CHECK, "allowed: [Internal, confidential, restricted]")
        .evaluate(contract("schema: [{name: t, properties: [{name: a, classification: INTERNAL},"
            + " {name: b, classification: public}]}]\n")))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/schema/0/properties/1/classification"))
        .satisfies(v -> assertThat(v.message()).contains("'public'", "internal, confidential, restricted"));
  }

  @Test
  void allowed_classifications_checks_only_written_values() throws Exception {
    PolicyRule vocabulary = rule(AllowedClassifications.CHECK, "allowed: [internal, public, confidential]");

    assertThat(vocabulary.evaluate(CUSTOMERS)).isEmpty();
    assertThat(rule(AllowedClassifications.CHECK, "allowed: [internal]").evaluate(CUSTOMERS))
        .extracting(Violation::path)
        .containsExactly("/schema/0/properties/1/classification", "/schema/0/properties/2/classification");
  }

  @Test
  void allowed_classifications_needs_its_list() {
    assertThatThrownBy(() -> rule(AllowedClassifications.CHECK, ""))
        .isInstanceOf(InvalidParamException.class)
        .hasMessageContaining("'allowed' is required");
    assertThatThrownBy(() -> rule(AllowedClassifications.CHECK, "allowed: []"))
        .hasMessageContaining("must not be an empty list");
    assertThatThrownBy(() -> rule(AllowedClassifications.CHECK, "allowed: {a: b}"))
        .hasMessageContaining("must be a list of names");
  }

  @Test
  void pii_classified_reports_personal_data_that_is_public_or_unclassified() throws Exception {
    assertThat(rule(PiiClassified.CHECK, "").evaluate(CUSTOMERS))
        .extracting(Violation::path)
        .containsExactly("/schema/0/properties/1/classification", "/schema/0/properties/3");
  }

  @Test
  void pii_classified_passes_protected_personal_data_including_by_the_enclosing_property() throws Exception {
    DataContract protectedData = contract("""
        schema:
          - name: customers
            properties:
              - {name: email, tags: [PII], classification: Restricted}
              - name: address
                classification: confidential
                properties: [{name: street, tags: [pii]}]
              - {name: country, classification: public}
        """);

    assertThat(rule(PiiClassified.CHECK, "").evaluate(protectedData)).isEmpty();
  }

  @Test
  void pii_classified_follows_its_allowed_list() throws Exception {
    PolicyRule strict = rule(PiiClassified.CHECK, "allowed: restricted");

    assertThat(strict.evaluate(contract("schema: [{name: t, properties: [{name: a, tags: [pii],"
        + " classification: confidential}]}]\n"))).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("classified 'confidential'", "it must be restricted"));
    assertThat(strict.atLeastAsStrictAs(rule(PiiClassified.CHECK, ""))).isTrue();
    assertThat(rule(PiiClassified.CHECK, "").atLeastAsStrictAs(strict)).isFalse();
  }

  @Test
  void a_narrower_allowed_list_is_stricter() throws Exception {
    PolicyRule any = rule(PropertyClassification.CHECK, "");
    PolicyRule some = rule(PropertyClassification.CHECK, "allowed: [a, b]");
    PolicyRule fewer = rule(PropertyClassification.CHECK, "allowed: [a]");

    assertThat(some.atLeastAsStrictAs(any)).isTrue();
    assertThat(fewer.atLeastAsStrictAs(some)).isTrue();
    assertThat(any.atLeastAsStrictAs(some)).isFalse();
    assertThat(some.atLeastAsStrictAs(fewer)).isFalse();
  }
}
