package io.quanta.contract.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.contract.finding.Finding;
import io.quanta.contract.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractLinterTest {

  private final ContractLinter linter = ContractLinter.create();

  @Test
  void malformed_yaml_is_one_error_with_its_line() {
    LintReport report = linter.lint("bad.yaml", "apiVersion: v3.1.0\nkind: DataContract\nschema:\n  - name: a\n   bad: [\n");

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("yaml-syntax");
      assertThat(f.isError()).isTrue();
      assertThat(f.source()).isEqualTo("bad.yaml");
      assertThat(f.position().line()).isBetween(4, 6);
      assertThat(f.message()).doesNotContain("'reader'").doesNotContain("^").doesNotContain("\n");
    });
    assertThat(report.contract()).isEmpty();
  }

  @Test
  void malformed_json_is_one_error_with_its_line() {
    LintReport report = linter.lint("bad.json", "{\n  \"apiVersion\": \"v3.1.0\",\n  \"kind\" \"DataContract\"\n}");

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("yaml-syntax");
      assertThat(f.position().line()).isEqualTo(3);
    });
  }

  @Test
  void an_empty_file_and_a_list_are_syntax_errors() {
    assertThat(linter.lint("empty.yaml", "  \n").findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("empty"));
    assertThat(linter.lint("list.yaml", "- a\n- b\n").findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("mapping"));
  }

  @Test
  void a_valid_contract_comes_back_bound_to_the_model() {
    LintReport report = linter.lint("ok.yaml", """
        apiVersion: v3.1.0
        kind: DataContract
        id: orders
        version: 1.0.0
        status: active
        schema:
          - name: orders
        """);

    assertThat(report.findings()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.contract()).get().extracting(c -> c.id()).isEqualTo("orders");
  }

  @Test
  void strict_mode_fails_on_warnings() {
    LintReport report = linter.lint("warn.yaml", """
        apiVersion: v3.1.0
        kind: DataContract
        id: orders
        version: 1.0.0
        status: active
        schema:
          - name: orders
          - name: orders
        """);

    assertThat(report.hasErrors()).isFalse();
    assertThat(report.hasWarnings()).isTrue();
    assertThat(report.fails(false)).isFalse();
    assertThat(report.fails(true)).isTrue();
  }

  @Test
  void findings_come_in_source_order_with_errors_first() {
    LintReport report = linter.lint("mixed.yaml", """
        apiVersion: v3.1.0
        kind: DataContract
        id: orders
        version: 1.0.0
        status: active
        schema:
          - name: orders
          - name: orders
            foo: 1
        tags: finance
        """);

    assertThat(report.findings()).extracting(Finding::code)
        .containsExactly("schema-unknown-field", "schema-type", "duplicate-object");
  }

  @Test
  void reads_files_and_names_them_in_findings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "apiVersion: v3.1.0\nkind: DataContract\n");

    LintReport report = linter.lint(file);

    assertThat(report.source()).isEqualTo(file.toString());
    assertThat(report.findings()).extracting(Finding::source).containsOnly(file.toString());
    assertThat(report.findings()).hasSize(3);
  }

  @Test
  void a_missing_file_is_an_io_error_not_a_finding(@TempDir Path dir) {
    assertThatThrownBy(() -> linter.lint(dir.resolve("nope.yaml"))).isInstanceOf(IOException.class);
  }

  @Test
  void lints_from_many_threads_at_once_with_the_same_results() throws Exception {
    List<Path> files = new ArrayList<>(Fixtures.officialExamples().toList());
    try (Stream<Path> invalid = Files.list(Fixtures.resource("lint/invalid"))) {
      invalid.sorted().forEach(files::add);
    }
    Map<Path, List<Finding>> sequential = new HashMap<>();
    for (Path file : files) {
      sequential.put(file, linter.lint(file).findings());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (Path file : files) {
          results.add(pool.submit(() -> linter.lint(file).findings().equals(sequential.get(file))));
        }
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_linter_and_its_schema_are_shared() {
    assertThat(ContractLinter.create()).isSameAs(linter);
    assertThat(OdcsSchema.get()).isSameAs(OdcsSchema.get());
  }
}
