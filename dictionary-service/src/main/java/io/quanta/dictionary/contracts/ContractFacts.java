package io.quanta.dictionary.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.model.ExtendsReference;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The searchable facts of a contract tree, shared by contract and quantum documents: name, status, domain,
 * owner, tags, description, classifications, objects, SLA, and the parent it extends. Facet values (domain,
 * owner, tags, status, classifications) are lower-case so that filters match whatever the case written.
 */
public final class ContractFacts {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ContractFacts() {
  }

  /** Puts the facts of {@code contract} (with {@code fields} already extracted) into {@code doc}. */
  public static void put(ObjectNode doc, JsonNode contract, ArrayNode fields) {
    putText(doc, "name", first(text(contract, "name"), text(contract, "dataProduct"), text(contract, "id")));
    putLower(doc, "status", text(contract, "status"));
    putLower(doc, "domain", text(contract, "domain"));
    putLower(doc, "owner", owner(contract));
    putText(doc, "description", description(contract));
    Set<String> tags = new TreeSet<>();
    contract.path("tags").forEach(t -> addLower(tags, t));
    contract.path("schema").forEach(o -> o.path("tags").forEach(t -> addLower(tags, t)));
    doc.set("tags", array(tags));
    Set<String> classifications = new TreeSet<>();
    fields.forEach(f -> addLower(classifications, f.path("classification")));
    doc.set("classifications", array(classifications));
    ArrayNode objects = doc.putArray("objects");
    contract.path("schema").forEach(o -> {
      if (ContractFields.text(o.path("name")) != null) {
        objects.add(o.path("name").asText());
      }
    });
    doc.set("fields", fields);
  }

  /** The raw {@code extends} value, or null. */
  public static String extendsValue(JsonNode contract) {
    return ContractFields.custom(contract, "extends");
  }

  /** The id of the parent the contract extends, or null (also when the reference is malformed). */
  public static String parentId(JsonNode contract) {
    String value = extendsValue(contract);
    return value == null ? null : ExtendsReference.parse(value).reference().map(ExtendsReference::id).orElse(null);
  }

  /** The owner: a current team member whose role is (or ends in) owner, else an {@code owner} custom property, else the team's name. */
  static String owner(JsonNode contract) {
    JsonNode team = contract.path("team");
    JsonNode members = team.isArray() ? team : team.path("members");
    for (JsonNode member : members) {
      String role = ContractFields.text(member.path("role"));
      boolean current = ContractFields.text(member.path("dateOut")) == null;
      if (current && role != null && role.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", " ").trim().endsWith("owner")) {
        String who = first(ContractFields.text(member.path("username")), ContractFields.text(member.path("name")), null);
        if (who != null) {
          return who;
        }
      }
    }
    String custom = ContractFields.custom(contract, "owner");
    return custom != null ? custom : ContractFields.text(team.path("name"));
  }

  private static String description(JsonNode contract) {
    JsonNode description = contract.path("description");
    if (description.isValueNode()) {
      return ContractFields.text(description);
    }
    StringBuilder out = new StringBuilder();
    for (String part : new String[] {"purpose", "usage", "limitations"}) {
      String text = ContractFields.text(description.path(part));
      if (text != null) {
        out.append(out.length() == 0 ? "" : " ").append(text);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static String text(JsonNode contract, String key) {
    return ContractFields.text(contract.path(key));
  }

  private static void addLower(Set<String> set, JsonNode value) {
    String text = ContractFields.text(value);
    if (text != null) {
      set.add(text.toLowerCase(Locale.ROOT));
    }
  }

  private static ArrayNode array(Set<String> values) {
    ArrayNode out = NODES.arrayNode();
    values.forEach(out::add);
    return out;
  }

  private static void putText(ObjectNode doc, String key, String value) {
    if (value != null) {
      doc.put(key, value);
    }
  }

  private static void putLower(ObjectNode doc, String key, String value) {
    if (value != null) {
      doc.put(key, value.toLowerCase(Locale.ROOT));
    }
  }

  private static String first(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }
}
