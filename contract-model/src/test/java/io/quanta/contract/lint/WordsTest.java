package io.quanta.contract.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void writes_pointers_as_paths_a_person_reads() {
    assertThat(Words.where("")).isEqualTo("the contract");
    assertThat(Words.where("/schema/0/properties/12")).isEqualTo("schema[0].properties[12]");
    assertThat(Words.where("/customProperties/0/a~1b")).isEqualTo("customProperties[0].a/b");
  }

  @Test
  void suggests_only_close_candidates() {
    List<String> fields = List.of("required", "unique", "primaryKey", "logicalType");

    assertThat(Words.closest("requird", fields)).contains("required");
    assertThat(Words.closest("logicaltype", fields)).contains("logicalType");
    assertThat(Words.closest("primaryKye", fields)).contains("primaryKey");
    assertThat(Words.closest("owner", fields)).isEmpty();
    assertThat(Words.closest("uniq", fields)).isEmpty();
  }

  @Test
  void counts_a_transposition_as_one_edit() {
    assertThat(Words.distance("versoin", "version")).isEqualTo(1);
    assertThat(Words.distance("abc", "abc")).isZero();
    assertThat(Words.distance("", "abc")).isEqualTo(3);
  }
}
