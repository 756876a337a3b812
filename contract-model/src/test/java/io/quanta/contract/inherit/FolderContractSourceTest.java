package io.quanta.contract.inherit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.model.ExtendsReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderContractSourceTest {

  @TempDir
  Path dir;

  @Test
  void reads_contract_files_of_every_suffix_in_nested_folders() throws Exception {
    write("a/customer.odcs.yaml", contract("customer", "1.0.0"));
    write("a/b/customer-2.odcs.yml", contract("customer", "2.0.0"));
    write("c/orders.odcs.json", "{\"apiVersion\": \"v3.1.0\", \"kind\": \"DataContract\", \"id\": \"orders\", "
        + "\"version\": \"1.0.0\", \"status\": \"active\"}");
    write("notes.yaml", contract("ignored", "1.0.0"));

    FolderContractSource source = FolderContractSource.scan(List.of(dir));

    assertThat(source.versions("customer")).containsExactlyInAnyOrder("1.0.0", "2.0.0");
    assertThat(source.versions("orders")).containsExactly("1.0.0");
    assertThat(source.versions("ignored")).isEmpty();
    assertThat(source.file("customer", "2.0.0")).contains(dir.resolve("a/b/customer-2.odcs.yml"));
    assertThat(source.problems()).isEmpty();
  }

  @Test
  void finds_the_newest_accepted_version() throws Exception {
    for (String version : List.of("1.0.0", "1.2.0", "1.10.0", "2.0.0", "2.1.0-rc1")) {
      write("customer-" + version + ".odcs.yaml", contract("customer", version));
    }
    FolderContractSource source = FolderContractSource.scan(List.of(dir));

    assertThat(source.newest(ref("customer@1"))).contains("1.10.0");
    assertThat(source.newest(ref("customer"))).contains("2.0.0");
    assertThat(source.newest(ref("customer@1.2.0"))).contains("1.2.0");
    assertThat(source.newest(ref("customer@3"))).isEmpty();
    assertThat(source.newest(ref("customer@2.1"))).contains("2.1.0-rc1");
  }

  @Test
  void turns_unreadable_files_into_findings() throws Exception {
    write("bad.odcs.yaml", "id: [oops\n");
    write("shape.odcs.yaml", "id: x\nversion: 1.0.0\nschema: nope\n");
    write("anonymous.odcs.yaml", "apiVersion: v3.1.0\nkind: DataContract\nversion: 1.0.0\n");

    FolderContractSource source = FolderContractSource.scan(List.of(dir, dir.resolve("absent")));

    assertThat(source.problems()).extracting(Finding::code).containsOnly("unreadable-contract");
    assertThat(source.problems()).allMatch(f -> f.severity() == Severity.WARNING);
    assertThat(source.problems()).extracting(Finding::message).anyMatch(m -> m.startsWith("not a contract"))
        .anyMatch(m -> m.contains("has no id")).anyMatch(m -> m.contains("not a folder"));
    assertThat(source.problems()).filteredOn(f -> f.source().endsWith("shape.odcs.yaml"))
        .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("/schema"));
  }

  @Test
  void names_both_files_that_claim_one_contract() throws Exception {
    write("one.odcs.yaml", contract("customer", "1.0.0"));
    write("two.odcs.yaml", contract("customer", "1.0.0"));

    FolderContractSource source = FolderContractSource.scan(List.of(dir));

    assertThat(source.problems("customer", "1.0.0")).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("duplicate-contract");
      assertThat(f.message()).contains("one.odcs.yaml").contains("two.odcs.yaml");
      assertThat(f.position().line()).isEqualTo(3);
    });
    assertThat(source.file("customer", "1.0.0")).contains(dir.resolve("one.odcs.yaml"));
  }

  private static ExtendsReference ref(String text) {
    return ExtendsReference.parse(text).reference().orElseThrow();
  }

  private static String contract(String id, String version) {
    return "apiVersion: v3.1.0\nkind: DataContract\nid: " + id + "\nversion: " + version + "\nstatus: active\n";
  }

  private void write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
