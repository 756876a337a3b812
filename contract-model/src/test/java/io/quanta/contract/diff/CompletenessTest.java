package io.quanta.contract.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No edit goes unreported: each value of each official example, changed on its own, is at least one change.
 * The large examples are sampled (every n-th value) so the test stays within a few seconds.
 */
class CompletenessTest {

  private static final int EDITS_PER_EXAMPLE = 250;

  static Stream<Path> examples() {
    return Fixtures.officialExamples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void every_edited_value_is_reported(Path example) throws Exception {
    ObjectNode original = ContractCodec.parse(example.toString(), Files.readString(example)).tree();
    DataContract old = ContractCodec.bind(original);
    List<String> unreported = new ArrayList<>();
    List<String> leaves = leaves(original, "");
    leaves.remove("/version");
    int stride = Math.max(1, (leaves.size() + EDITS_PER_EXAMPLE - 1) / EDITS_PER_EXAMPLE);
    int edits = 0;
    for (int i = 0; i < leaves.size(); i += stride) {
      String pointer = leaves.get(i);
      ObjectNode edited = original.deepCopy();
      JsonNode leaf = edited.at(pointer);
      replace(edited, pointer, mutate(leaf));
      edits++;
      if (ContractDiff.changes(old, ContractCodec.bind(edited)).isEmpty()) {
        unreported.add(pointer);
      }
    }

    assertThat(edits).isPositive();
    assertThat(unreported).as("edits that no change reports").isEmpty();
  }

  private static List<String> leaves(JsonNode node, String pointer) {
    List<String> out = new ArrayList<>();
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> out.addAll(leaves(e.getValue(),
          pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"))));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.addAll(leaves(node.get(i), pointer + "/" + i));
      }
    } else if (!node.isNull()) {
      out.add(pointer);
    }
    return out;
  }

  private static JsonNode mutate(JsonNode leaf) {
    if (leaf.isBoolean()) {
      return BooleanNode.valueOf(!leaf.asBoolean());
    }
    if (leaf.isNumber()) {
      return DecimalNode.valueOf(leaf.decimalValue().add(java.math.BigDecimal.ONE));
    }
    return TextNode.valueOf(leaf.asText() + "x");
  }

  private static void replace(ObjectNode root, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    ContainerNode<?> parent = (ContainerNode<?>) root.at(pointer.substring(0, slash));
    String token = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(token), value);
    } else {
      ((ObjectNode) parent).set(token, value);
    }
  }
}
