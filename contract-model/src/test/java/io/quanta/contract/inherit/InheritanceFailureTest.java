package io.quanta.contract.inherit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class InheritanceFailureTest {

  @Test
  void rejects_a_two_long_cycle_and_names_it() {
    Finding finding = single(Families.resolve(Families.folder("cycle"), "a"));

    assertThat(finding.code()).isEqualTo("inheritance-cycle");
    assertThat(finding.message()).isEqualTo("cycle: a@1.0.0 → b@1.0.0 → a@1.0.0");
    assertThat(finding.source()).endsWith("b.odcs.yaml");
    assertThat(finding.path()).isEqualTo("/customProperties/0/value");
    assertThat(finding.position().line()).isEqualTo(8);
  }

  @Test
  void rejects_a_three_long_cycle_and_names_it() {
    Finding finding = single(Families.resolve(Families.folder("cycle"), "x"));

    assertThat(finding.message()).isEqualTo("cycle: x@1.0.0 → y@1.0.0 → z@1.0.0 → x@1.0.0");
    assertThat(finding.source()).endsWith("z.odcs.yaml");
  }

  @Test
  void rejects_a_cycle_above_the_contract_and_names_the_whole_chain() {
    Finding finding = single(Families.resolve(Families.folder("cycle"), "orders"));

    assertThat(finding.message()).isEqualTo("cycle: orders@1.0.0 → customer@2.0.0 → party@1.0.0 → customer@2.0.0");
    assertThat(finding.source()).endsWith("party.odcs.yaml");
  }

  @Test
  void reports_a_missing_parent_with_the_chain() {
    Resolution resolution = Families.resolve(Families.folder("missing"), "orders");

    assertThat(resolution.resolved()).isFalse();
    Finding missing = errors(resolution).get(0);
    assertThat(missing.code()).isEqualTo("parent-missing");
    assertThat(missing.message()).isEqualTo("orders@1.0.0 extends customer@2, but no contract 'customer' is in "
        + "the source (chain: orders@1.0.0 → customer@2)");
    assertThat(missing.source()).endsWith("orders.odcs.yaml");
    assertThat(missing.position().line()).isEqualTo(8);
  }

  @Test
  void a_missing_parent_also_reports_files_that_could_not_be_read() {
    Resolution resolution = Families.resolve(Families.folder("missing"), "orders");

    assertThat(resolution.findings()).filteredOn(f -> f.severity() == Severity.WARNING)
        .singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo("unreadable-contract");
          assertThat(f.source()).endsWith("broken.odcs.yaml");
          assertThat(f.position().line()).isEqualTo(3);
        });
  }

  @Test
  void reports_a_missing_grandparent_with_the_whole_chain() {
    Finding missing = errors(Families.resolve(Families.folder("missing"), "web-orders")).get(0);

    assertThat(missing.message()).isEqualTo("orders@1.0.0 extends customer@2, but no contract 'customer' is in "
        + "the source (chain: web-orders@1.0.0 → orders@1.0.0 → customer@2)");
    assertThat(missing.source()).endsWith("/orders.odcs.yaml");
  }

  @Test
  void reports_a_malformed_reference() {
    Finding finding = single(Families.resolve(Families.folder("missing"), "bad-reference"));

    assertThat(finding.code()).isEqualTo("extends-malformed");
    assertThat(finding.message()).startsWith("bad-reference@1.0.0 has extends 'cust omer@1': 'cust omer' is not a "
        + "contract id").endsWith("(chain: bad-reference@1.0.0)");
  }

  @Test
  void reports_a_version_mismatch_with_the_versions_there_are() {
    Finding finding = single(Families.resolve(Families.folder("mismatch"), "invoices"));

    assertThat(finding.code()).isEqualTo("parent-version");
    assertThat(finding.message()).isEqualTo("invoices@1.0.0 extends customer@2, but customer has versions 1.0.0, "
        + "1.1.0; none matches 2 (chain: invoices@1.0.0 → customer@2)");
  }

  @Test
  void reports_a_parent_two_files_claim() {
    Finding finding = single(Families.resolve(Families.folder("duplicate"), "orders"));

    assertThat(finding.code()).isEqualTo("duplicate-contract");
    assertThat(finding.message()).matches("both .*customer-a\\.odcs\\.yaml and .*customer-b\\.odcs\\.yaml hold "
        + "customer@1\\.0\\.0: keep one of them \\(chain: orders@1\\.0\\.0 → customer@1\\.0\\.0\\)");
  }

  @Test
  void an_illegal_override_in_an_ancestor_fails_its_descendants_with_their_chain() {
    FolderContractSource overrides = Families.folder("overrides");
    InheritanceResolver resolver = new InheritanceResolver(overrides);
    Resolution parent = resolver.resolve(Families.contract(overrides, "illegal-required"));
    Resolution grandchild = resolver.resolve(Families.contract(overrides, "illegal-grandchild"));

    assertThat(single(parent).message()).endsWith("(chain: illegal-required@1.0.0 → account@1.0.0)");
    Finding finding = single(grandchild);
    assertThat(finding.code()).isEqualTo("override-required");
    assertThat(finding.source()).endsWith("illegal-required.odcs.yaml");
    assertThat(finding.message()).endsWith(
        "(chain: illegal-grandchild@1.0.0 → illegal-required@1.0.0 → account@1.0.0)");
  }

  @Test
  void a_contract_outside_the_source_is_named_by_id_and_version() {
    FolderContractSource missing = Families.folder("missing");
    var orders = Families.contract(missing, "orders");

    Finding finding = errors(new InheritanceResolver(ContractSource.of(List.of(orders))).resolve(orders)).get(0);

    assertThat(finding.source()).isEqualTo("orders@1.0.0");
    assertThat(finding.position()).isNull();
  }

  private static Finding single(Resolution resolution) {
    assertThat(resolution.resolved()).isFalse();
    assertThat(resolution.findings()).hasSize(1);
    return resolution.findings().get(0);
  }

  private static List<Finding> errors(Resolution resolution) {
    return resolution.findings().stream().filter(Finding::isError).toList();
  }
}
