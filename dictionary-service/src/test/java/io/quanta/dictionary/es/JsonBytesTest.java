package io.quanta.dictionary.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBytesTest {

  @Test
  void the_bytes_are_the_text_of_to_string_so_digests_of_either_agree() throws Exception {
    ObjectNode tree = (ObjectNode) Es.JSON.readTree("""
        {"id":"orders","version":"1.0.0","text":"Zürich → “quoted” \\u00e9 \\\\ \\"","n":12,"d":1.5,"big":1e400,
         "neg":-0.0,"t":true,"nil":null,"nested":{"list":[1,"two",{"three":[]}],"empty":{}}}""");
    tree.put("decimal", new BigDecimal("1E+3"));

    byte[] bytes = JsonBytes.of(tree);

    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(tree.toString());
    assertThat(JsonBytes.sha256(bytes)).isEqualTo(JsonBytes.sha256(tree.toString())).hasSize(64);
    assertThat(Es.JSON.readTree(bytes)).isEqualTo(Es.JSON.readTree(tree.toString()));
  }

  @Test
  void concat_adds_members_at_the_end_of_an_object() throws Exception {
    ObjectNode more = Es.JSON.createObjectNode().put("latest", true).put("when", "2026-11-21T10:00:00Z");
    ObjectNode base = Es.JSON.createObjectNode().put("id", "orders");
    base.putObject("inner").put("x", 1);

    JsonNode joined = Es.JSON.readTree(JsonBytes.concat(JsonBytes.of(base), more));

    ObjectNode expected = base.deepCopy();
    expected.setAll(more);
    assertThat(joined).isEqualTo(expected);
    assertThat(new String(JsonBytes.concat(JsonBytes.of(base), more), StandardCharsets.UTF_8))
        .isEqualTo("{\"id\":\"orders\",\"inner\":{\"x\":1},\"latest\":true,\"when\":\"2026-11-21T10:00:00Z\"}");
  }

  @Test
  void concat_with_an_empty_side_gives_the_other() {
    ObjectNode more = Es.JSON.createObjectNode().put("latest", false);
    byte[] base = JsonBytes.of(Es.JSON.createObjectNode().put("id", "a"));

    assertThat(JsonBytes.concat(base, Es.JSON.createObjectNode())).isSameAs(base);
    assertThat(new String(JsonBytes.concat("{}".getBytes(StandardCharsets.UTF_8), more), StandardCharsets.UTF_8))
        .isEqualTo("{\"latest\":false}");
  }

  @Test
  void concat_refuses_what_is_not_a_compact_object() {
    ObjectNode more = Es.JSON.createObjectNode().put("latest", false);

    assertThatThrownBy(() -> JsonBytes.concat("[1]".getBytes(StandardCharsets.UTF_8), more))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonBytes.concat("{\"a\":1} ".getBytes(StandardCharsets.UTF_8), more))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
