package io.quanta.dictionary.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.dictionary.testing.FixtureContracts;
import org.junit.jupiter.api.Test;

class LintCacheTest {

  static final String SOURCE = "http://localhost:8081/discovery/contract";

  @Test
  void the_same_text_from_the_same_source_is_linted_once_and_answers_as_linting_would() {
    LintCache cache = new LintCache();
    String text = FixtureContracts.contract("orders", 1, null);

    Linted first = cache.of(SOURCE, text);
    Linted again = cache.of(SOURCE, text);

    assertThat(cache.lints()).isEqualTo(1);
    Linted fresh = Linted.of(SOURCE, text);
    assertThat(again.findings()).isEqualTo(fresh.findings());
    assertThat(again.hash()).isEqualTo(fresh.hash());
    assertThat(again.tree()).isEqualTo(fresh.tree());
    assertThat(again.valid()).isTrue();
    assertThat(again.tree()).as("each caller gets its own tree").isNotSameAs(first.tree());
  }

  @Test
  void findings_are_kept_and_a_changed_text_or_another_source_is_linted_again() {
    LintCache cache = new LintCache();
    String invalid = "apiVersion: v3.1.0\nkind: DataContract\nid: broken\nstatus: sideways\nschema: not-a-list\n";

    Linted first = cache.of(SOURCE, invalid);
    Linted again = cache.of(SOURCE, invalid);
    cache.of("http://elsewhere/discovery/contract", invalid);
    cache.of(SOURCE, invalid + "description: {purpose: changed}\n");

    assertThat(first.valid()).isFalse();
    assertThat(again.findings()).isEqualTo(first.findings()).isNotEmpty();
    assertThat(cache.lints()).isEqualTo(3);
  }

  @Test
  void text_that_does_not_parse_keeps_its_syntax_finding() {
    LintCache cache = new LintCache();
    String garbage = "<html>}{ not yaml: [";

    Linted first = cache.of(SOURCE, garbage);
    Linted again = cache.of(SOURCE, garbage);

    assertThat(again.tree()).isNull();
    assertThat(again.findings()).isEqualTo(first.findings()).isNotEmpty();
    assertThat(cache.lints()).isEqualTo(1);
  }
}
