package io.quanta.runtime.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.Description;
import io.quanta.contract.model.SupportChannel;
import io.quanta.contract.model.Team;
import io.quanta.contract.model.TeamMember;
import io.quanta.runtime.Quantum;
import io.quanta.runtime.data.DataRoutes;
import io.quanta.runtime.discovery.Endpoints.Endpoint;
import io.quanta.runtime.schema.Table;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Builds the ODPS v1.0.0 descriptor of a quantum: identity and team from the contract, one output port
 * per contract object (naming the contract, pointing at its {@code /data} URL), one input port per
 * lineage input that names a contract, and one management port per discovery, observability and
 * control endpoint the router really serves (templated sub-resources aside).
 */
final class OdpsDescriptor {

  static final String API_VERSION = "v1.0.0";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, String> CONTENT = Map.of(
      "discovery", "discoverability", "observability", "observability", "control", "control");

  private OdpsDescriptor() {
  }

  static ObjectNode build(Quantum quantum, List<Endpoint> endpoints, String base) {
    DataContract contract = quantum.contract();
    ObjectNode odps = NODES.objectNode()
        .put("apiVersion", API_VERSION)
        .put("kind", "DataProduct")
        .put("id", quantum.id());
    String name = contract.dataProduct() != null ? contract.dataProduct()
        : contract.name() != null ? contract.name() : quantum.id();
    odps.put("name", name);
    putIfSet(odps, "version", contract.version());
    odps.put("status", quantum.lifecycle().current().state().word());
    putIfSet(odps, "domain", contract.domain());
    putIfSet(odps, "tenant", contract.tenant());
    if (contract.description() != null) {
      odps.set("description", description(contract.description()));
    }
    if (contract.tags() != null && !contract.tags().isEmpty()) {
      odps.set("tags", strings(contract.tags()));
    }
    odps.putArray("authoritativeDefinitions").addObject()
        .put("type", "dataContract")
        .put("url", base + "/discovery/contract")
        .put("description", "The ODCS contract " + contract.id() + " " + contract.version() + " this quantum serves");
    ArrayNode inputs = Lineage.inputPorts(quantum.config().inputs());
    if (!inputs.isEmpty()) {
      odps.set("inputPorts", inputs);
    }
    odps.set("outputPorts", outputPorts(quantum, base));
    odps.set("managementPorts", managementPorts(endpoints, base));
    ArrayNode support = support(contract.support());
    if (!support.isEmpty()) {
      odps.set("support", support);
    }
    if (contract.team() != null) {
      odps.set("team", team(contract.team()));
    }
    return odps;
  }

  private static ArrayNode outputPorts(Quantum quantum, String base) {
    DataContract contract = quantum.contract();
    ArrayNode ports = NODES.arrayNode();
    ArrayNode inputContracts = Lineage.inputContracts(quantum.config().inputs());
    for (Table table : quantum.catalog().tables()) {
      ObjectNode port = ports.addObject()
          .put("name", table.object())
          .put("description", "Rows of " + table.object() + ", streamed as JSON, NDJSON or CSV")
          .put("type", "rest");
      putIfSet(port, "version", contract.version());
      putIfSet(port, "contractId", contract.id());
      if (!inputContracts.isEmpty()) {
        port.set("inputContracts", inputContracts.deepCopy());
      }
      ArrayNode custom = port.putArray("customProperties");
      custom.addObject().put("property", "url").put("value", base + Lineage.dataPath(table.object()));
      custom.addObject().put("property", "formats").set("value", strings(DataRoutes.formatNames()));
    }
    return ports;
  }

  private static ArrayNode managementPorts(List<Endpoint> endpoints, String base) {
    ArrayNode ports = NODES.arrayNode();
    for (Endpoint endpoint : endpoints) {
      String content = CONTENT.get(endpoint.area());
      // A templated path (/control/access/{id}) is no URL; its parent endpoint has a port, OpenAPI the rest.
      if (content == null || endpoint.path().contains("{")) {
        continue;
      }
      ports.addObject()
          .put("name", endpoint.path().substring(1).replace('/', '-'))
          .put("content", content)
          .put("type", "rest")
          .put("url", base + endpoint.path())
          .put("description", String.join(", ", endpoint.methods()) + " " + endpoint.path());
    }
    return ports;
  }

  private static ObjectNode description(Description d) {
    ObjectNode node = NODES.objectNode();
    putIfSet(node, "purpose", d.purpose());
    putIfSet(node, "limitations", d.limitations());
    putIfSet(node, "usage", d.usage());
    return node;
  }

  private static ArrayNode support(List<SupportChannel> channels) {
    ArrayNode out = NODES.arrayNode();
    if (channels == null) {
      return out;
    }
    for (SupportChannel c : channels) {
      // ODPS needs both; a channel without a URL cannot be described there.
      if (c.channel() != null && c.url() != null) {
        ObjectNode node = out.addObject().put("channel", c.channel()).put("url", c.url());
        putIfSet(node, "description", c.description());
        putIfSet(node, "tool", c.tool());
        putIfSet(node, "scope", c.scope());
        putIfSet(node, "invitationUrl", c.invitationUrl());
      }
    }
    return out;
  }

  private static ObjectNode team(Team team) {
    ObjectNode node = NODES.objectNode();
    putIfSet(node, "name", team.name());
    putIfSet(node, "description", team.description());
    ArrayNode members = NODES.arrayNode();
    for (TeamMember m : team.membersOrEmpty()) {
      if (m.username() == null) {
        continue;
      }
      ObjectNode member = members.addObject().put("username", m.username());
      putIfSet(member, "name", m.name());
      putIfSet(member, "description", m.description());
      putIfSet(member, "role", m.role());
      putIfSet(member, "dateIn", date(m.dateIn()));
      putIfSet(member, "dateOut", date(m.dateOut()));
      putIfSet(member, "replacedByUsername", m.replacedByUsername());
    }
    if (!members.isEmpty()) {
      node.set("members", members);
    }
    if (team.tags() != null && !team.tags().isEmpty()) {
      node.set("tags", strings(team.tags()));
    }
    return node;
  }

  /** ODPS dates are ISO dates; anything else in the contract is left out rather than passed on invalid. */
  private static String date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  static void putIfSet(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
