package io.quanta.runtime.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.ExtendsReference;
import io.quanta.runtime.Quantum;
import io.quanta.runtime.config.QuantumConfig.LineageInput;
import io.quanta.runtime.schema.Table;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Where a quantum's data comes from and where it goes: the inputs declared under {@code lineage} in
 * quantum.yaml, and the objects of its contract with their output-port URLs. Shared by
 * {@code /discovery/lineage} and the ODPS ports.
 */
final class Lineage {

  /** The version an input port gets when quantum.yaml names its contract without one: the newest. */
  static final String NEWEST = "latest";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Lineage() {
  }

  /** {@code {quantum, inputs: [{quantum, url, contract}], outputs: [{object, url, contract}]}}. */
  static ObjectNode document(Quantum quantum, String base) {
    ObjectNode lineage = NODES.objectNode().put("quantum", quantum.id());
    ArrayNode inputs = lineage.putArray("inputs");
    for (LineageInput input : quantum.config().inputs()) {
      ObjectNode node = inputs.addObject();
      OdpsDescriptor.putIfSet(node, "quantum", input.quantum());
      OdpsDescriptor.putIfSet(node, "url", input.url());
      OdpsDescriptor.putIfSet(node, "contract", input.contract());
    }
    DataContract contract = quantum.contract();
    String contractRef = contract.version() == null ? contract.id() : contract.id() + "@" + contract.version();
    ArrayNode outputs = lineage.putArray("outputs");
    for (Table table : quantum.catalog().tables()) {
      ObjectNode node = outputs.addObject().put("object", table.object()).put("url", base + dataPath(table.object()));
      OdpsDescriptor.putIfSet(node, "contract", contractRef);
    }
    return lineage;
  }

  /** ODPS input ports: one per input that names its contract (ODPS requires a contract id and version). */
  static ArrayNode inputPorts(List<LineageInput> inputs) {
    ArrayNode ports = NODES.arrayNode();
    for (LineageInput input : inputs) {
      reference(input).ifPresent(ref -> {
        ObjectNode port = ports.addObject()
            .put("name", input.quantum() != null ? input.quantum() : input.url())
            .put("version", ref.versionSpec() == null ? NEWEST : ref.versionSpec())
            .put("contractId", ref.id());
        if (input.url() != null) {
          port.putArray("customProperties").addObject().put("property", "url").put("value", input.url());
        }
      });
    }
    return ports;
  }

  /** The same inputs as ODPS {@code inputContracts} of an output port. */
  static ArrayNode inputContracts(List<LineageInput> inputs) {
    ArrayNode contracts = NODES.arrayNode();
    for (LineageInput input : inputs) {
      reference(input).ifPresent(ref -> contracts.addObject()
          .put("id", ref.id())
          .put("version", ref.versionSpec() == null ? NEWEST : ref.versionSpec()));
    }
    return contracts;
  }

  /** {@code /data/<object>}, the object name encoded as one path segment. */
  static String dataPath(String object) {
    return "/data/" + URLEncoder.encode(object, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Optional<ExtendsReference> reference(LineageInput input) {
    return input.contract() == null ? Optional.empty() : ExtendsReference.parse(input.contract()).reference();
  }
}
