package io.quanta.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationTest {

  static final DataContract CONTRACT = read("""
      apiVersion: v3.1.0
      kind: DataContract
      id: c
      version: 1.0.0
      status: active
      schema:
        - name: prices
          properties:
            - {name: sku, logicalType: string, classification: public}
            - {name: price, logicalType: number, classification: PUBLIC}
        - name: customers
          properties:
            - {name: id, logicalType: integer, classification: public}
            - {name: email, logicalType: string, classification: confidential}
            - {name: address, logicalType: object, classification: internal, properties:
                [{name: street, logicalType: string, classification: restricted}]}
        - name: notes
          properties:
            - {name: text, logicalType: string}
        - name: odd
          properties:
            - {name: a, logicalType: string, classification: public}
            - {name: b, logicalType: string, classification: "3"}
      """);

  static DataContract read(String yaml) {
    try {
      return ContractCodec.read(yaml);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void takes_the_highest_classification_of_the_object_nested_properties_included() {
    assertThat(Classification.of(CONTRACT, "prices")).isEqualTo("public");
    assertThat(Classification.of(CONTRACT, "customers")).isEqualTo("restricted");
  }

  @Test
  void counts_an_unclassified_property_as_internal() {
    assertThat(Classification.of(CONTRACT, "notes")).isEqualTo("internal");
  }

  @Test
  void ranks_an_unknown_word_above_restricted() {
    assertThat(Classification.of(CONTRACT, "odd")).isEqualTo("3");
    assertThat(Classification.higher("restricted", "secret")).isEqualTo("secret");
  }

  @Test
  void takes_every_object_when_none_is_named() {
    assertThat(Classification.of(CONTRACT, null)).isEqualTo("3");
  }

  @Test
  void auto_approves_only_listed_classifications() {
    assertThat(Classification.autoApproved("public", List.of("public"))).isTrue();
    assertThat(Classification.autoApproved("internal", List.of("public"))).isFalse();
    assertThat(Classification.autoApproved("internal", List.of(" Public", "INTERNAL"))).isTrue();
  }
}
