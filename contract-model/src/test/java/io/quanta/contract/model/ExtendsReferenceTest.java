package io.quanta.contract.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExtendsReferenceTest {

  @Test
  void parses_id_and_version() {
    ExtendsReference ref = ExtendsReference.parse("customer@2.1.0").reference().orElseThrow();

    assertThat(ref.id()).isEqualTo("customer");
    assertThat(ref.versionSpec()).isEqualTo("2.1.0");
    assertThat(ExtendsReference.parse("customer").reference().orElseThrow().versionSpec()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "@1.0.0", "cust omer", "customer@one", "customer@1.2.3.4"})
  void rejects_malformed_values(String value) {
    ExtendsReference.Parsed parsed = ExtendsReference.parse(value);

    assertThat(parsed.reference()).isEmpty();
    assertThat(parsed.problem()).isNotBlank();
  }

  @ParameterizedTest
  @CsvSource({
      "2, 2.5.1, true", "2, 3.0.0, false", "2.x, 2.0.0, true", "2.1, 2.1.9, true", "2.1, 2.2.0, false",
      "2.1.x, 2.1.3, true", "2.1.0, 2.1.0, true", "2.1.0, 2.1.1, false", "1.0.0-rc1, 1.0.0-rc1, true",
      "1.0.0-rc1, 1.0.0, false"})
  void matches_versions(String spec, String version, boolean expected) {
    ExtendsReference ref = new ExtendsReference("c", spec);

    assertThat(ref.accepts(version)).isEqualTo(expected);
  }

  @Test
  void semver_bumps() {
    SemVer base = SemVer.parse("1.2.3").orElseThrow();

    assertThat(base.bumpTo(SemVer.parse("2.0.0").orElseThrow())).isEqualTo(SemVer.Bump.MAJOR);
    assertThat(base.bumpTo(SemVer.parse("1.3.0").orElseThrow())).isEqualTo(SemVer.Bump.MINOR);
    assertThat(base.bumpTo(SemVer.parse("1.2.4").orElseThrow())).isEqualTo(SemVer.Bump.PATCH);
    assertThat(base.bumpTo(SemVer.parse("1.2.3").orElseThrow())).isEqualTo(SemVer.Bump.NONE);
    assertThat(base.bumpTo(SemVer.parse("1.1.9").orElseThrow())).isEqualTo(SemVer.Bump.NONE);
    assertThat(SemVer.parse("1.0.0-rc1").orElseThrow()).isLessThan(SemVer.parse("1.0.0").orElseThrow());
  }
}
