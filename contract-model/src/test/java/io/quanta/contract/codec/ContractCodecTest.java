package io.quanta.contract.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContractCodecTest {

  static Stream<Path> examples() {
    return Fixtures.officialExamples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void yaml_round_trip_keeps_every_field(Path example) throws Exception {
    String text = Files.readString(example);
    JsonNode original = ContractCodec.parse(example.toString(), text).tree();

    DataContract contract = ContractCodec.read(text);
    JsonNode viaYaml = ContractCodec.parse("yaml", ContractCodec.toYaml(contract)).tree();
    JsonNode viaJson = ContractCodec.parse("json", ContractCodec.toJson(contract)).tree();

    assertThat(viaYaml).isEqualTo(original);
    assertThat(viaJson).isEqualTo(original);
    assertThat(ContractCodec.read(ContractCodec.toJson(contract))).isEqualTo(contract);
  }

  @Test
  void reads_the_typed_parts() throws Exception {
    DataContract contract = ContractCodec.readFile(Fixtures.officialExample("all__full-example.odcs.yaml"));

    assertThat(contract.apiVersion()).isNotBlank();
    assertThat(contract.domain()).isEqualTo("seller");
    assertThat(contract.objects()).isNotEmpty();
    assertThat(contract.objects().get(0).columns()).isNotEmpty();
    assertThat(contract.team()).isNotNull();
    assertThat(contract.slaProperties()).isNotEmpty();
  }

  @Test
  void keeps_the_v30_team_array_form() throws Exception {
    String yaml = """
        apiVersion: v3.0.2
        kind: DataContract
        id: t
        version: 1.0.0
        status: active
        team:
          - username: ceastwood
            role: Data Scientist
        """;
    DataContract contract = ContractCodec.read(yaml);

    assertThat(contract.team().membersOrEmpty()).extracting("username").containsExactly("ceastwood");
    assertThat(ContractCodec.toTree(contract).get("team").isArray()).isTrue();
  }

  @Test
  void reports_malformed_yaml_with_its_line() {
    String yaml = "apiVersion: v3.1.0\nkind: DataContract\nschema:\n  - name: a\n   bad: [\n";

    assertThatThrownBy(() -> ContractCodec.parse("bad.yaml", yaml))
        .isInstanceOf(ContractSyntaxException.class)
        .satisfies(e -> assertThat(((ContractSyntaxException) e).position().line()).isBetween(4, 6));
  }

  @Test
  void rejects_a_document_that_is_not_a_mapping() {
    assertThatThrownBy(() -> ContractCodec.parse("list.yaml", "- a\n- b\n"))
        .isInstanceOf(ContractSyntaxException.class)
        .hasMessageContaining("mapping");
  }

  @Test
  void maps_positions_to_json_pointers() throws Exception {
    String yaml = "apiVersion: v3.1.0\nschema:\n  - name: orders\n    properties:\n      - name: id\n";
    SourceMap map = ContractCodec.parse("x", yaml).sourceMap();

    assertThat(map.locate("/schema/0/properties/0/name")).isEqualTo(new SourcePosition(5, 9));
    assertThat(map.locate("/schema/0/properties/0/missing").line()).isEqualTo(5);
    assertThat(map.locate("/nowhere")).isEqualTo(SourcePosition.START);
  }

  @Test
  void reports_duplicate_keys() throws Exception {
    ParsedDocument doc = ContractCodec.parse("x", "id: a\nid: b\n");

    assertThat(doc.duplicateKeys()).containsExactly("/id (line 2)");
    assertThat(doc.tree().get("id").asText()).isEqualTo("b");
  }

  @Test
  void names_the_pointer_of_a_wrongly_shaped_value() throws Exception {
    ParsedDocument doc = ContractCodec.parse("x", "schema:\n  - name: a\n    properties: nope\n");

    assertThatThrownBy(() -> ContractCodec.bind(doc.tree()))
        .isInstanceOf(ContractBindingException.class)
        .satisfies(e -> assertThat(((ContractBindingException) e).pointer()).isEqualTo("/schema/0/properties"));
  }
}
