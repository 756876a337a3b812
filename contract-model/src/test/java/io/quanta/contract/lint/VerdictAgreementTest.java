package io.quanta.contract.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lint verdict (has errors or not) must be the official schema's on every document that parses. The
 * reference verdict is computed here with the validator set up independently from the linter: the bundled
 * schema, draft 2019-09, default options.
 */
class VerdictAgreementTest {

  private static final Schema REFERENCE = referenceSchema();

  private final ContractLinter linter = ContractLinter.create();

  static Stream<Path> officialExamples() {
    return Fixtures.officialExamples();
  }

  static Stream<Path> ownContracts() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("lint/invalid", "lint/valid")) {
      try (Stream<Path> list = Files.list(Fixtures.resource(folder))) {
        list.sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("officialExamples")
  void every_official_example_is_valid(Path example) throws IOException {
    LintReport report = linter.lint(example);

    assertThat(report.findings()).noneMatch(f -> f.isError());
    assertThat(report.contract()).isPresent();
    assertThat(referenceRejects(example)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownContracts")
  void agrees_with_the_schema_on_our_contracts(Path file) throws IOException {
    boolean rejected = referenceRejects(file);

    assertThat(linter.lint(file).hasErrors()).isEqualTo(rejected);
    assertThat(rejected).as("files under invalid/ break the schema, under valid/ they do not")
        .isEqualTo(file.getParent().getFileName().toString().equals("invalid"));
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("quality rule without metric or type", "/schema/0/quality", "[{\"mustBe\": 0}]"),
        Arguments.of("text rule", "/schema/0/quality", "[{\"type\": \"text\", \"description\": \"fresh\"}]"),
        Arguments.of("library rule with rule instead of metric", "/schema/0/quality",
            "[{\"type\": \"library\", \"rule\": \"nullCheck\", \"mustBe\": 0}]"),
        Arguments.of("between with equal bounds", "/schema/0/quality",
            "[{\"metric\": \"rowCount\", \"mustBeBetween\": [1, 1]}]"),
        Arguments.of("integer written as 1.0", "/schema/0/properties/0/primaryKeyPosition", "1.0"),
        Arguments.of("position written as 1.5", "/schema/0/properties/0/primaryKeyPosition", "1.5"),
        Arguments.of("items on a non-array property", "/schema/0/properties/0/items", "{\"logicalType\": \"string\"}"),
        Arguments.of("schema-level relationship, lists", "/schema/0/relationships",
            "[{\"from\": [\"orders.id\"], \"to\": [\"customers.id\"]}]"),
        Arguments.of("schema-level relationship, mixed", "/schema/0/relationships",
            "[{\"from\": \"orders.id\", \"to\": [\"customers.id\"]}]"),
        Arguments.of("custom server with any field", "/servers", "[{\"server\": \"s\", \"type\": \"custom\", \"stream\": \"x\"}]"),
        Arguments.of("unknown server field", "/servers", "[{\"server\": \"s\", \"type\": \"local\", \"path\": \"/d\", "
            + "\"format\": \"csv\", \"bucket\": \"b\"}]"),
        Arguments.of("date-time that is not one", "/contractCreatedTs", "\"yesterday\""),
        Arguments.of("custom property holding a list", "/customProperties",
            "[{\"property\": \"business-key\", \"value\": [\"a\", \"b\"]}]"),
        Arguments.of("extends with a bad version", "/customProperties",
            "[{\"property\": \"extends\", \"value\": \"parent@latest\"}]"),
        Arguments.of("empty schema list", "/schema", "[]"),
        Arguments.of("null tag", "/tags", "[null]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void agrees_with_the_schema_on_variants(String name, String pointer, String json) throws Exception {
    ObjectNode tree = ContractCodec.parse("base", BASE).tree();
    JsonNode value = new ObjectMapper().readTree(json);
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = tree.at(pointer.substring(0, slash));
    ((ObjectNode) parent).set(pointer.substring(slash + 1), value);
    String text = ContractCodec.writeYaml(tree);

    LintReport report = linter.lint(name, text);
    boolean rejected = !REFERENCE.validate(ContractCodec.parse(name, text).tree()).isEmpty();

    boolean extendsError = report.findings().stream().anyMatch(f -> f.code().equals("invalid-extends"));
    assertThat(report.hasErrors()).isEqualTo(rejected || extendsError);
  }

  @Test
  void schema_findings_alone_follow_the_schema_verdict() throws Exception {
    String broken = BASE.replace("status: active", "status: 1");
    ParsedDocument document = ContractCodec.parse("broken", broken);

    assertThat(linter.validateSchema(document)).isNotEmpty().allMatch(f -> f.isError());
    assertThat(linter.validateSchema(ContractCodec.parse("base", BASE))).isEmpty();
  }

  private static final String BASE = """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: 1.0.0
      status: active
      schema:
        - name: orders
          properties:
            - name: id
              logicalType: string
      """;

  private static boolean referenceRejects(Path file) throws IOException {
    String text = Files.readString(file);
    try {
      return !REFERENCE.validate(ContractCodec.parse(file.toString(), text).tree()).isEmpty();
    } catch (io.quanta.contract.codec.ContractSyntaxException e) {
      throw new AssertionError(file + " does not parse", e);
    }
  }

  private static Schema referenceSchema() {
    try (InputStream in = VerdictAgreementTest.class.getResourceAsStream(OdcsSchema.RESOURCE)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
          .getSchema(SchemaLocation.of("urn:test:odcs"), text, InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
