package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team that owns the contract. ODCS v3.1 writes it as an object with {@code members}; v3.0 wrote
 * a bare array of members. Both read into this record, and each is written back in the form it came in.
 */
public record Team(
    String id,
    String name,
    String description,
    List<TeamMember> members,
    List<String> tags,
    List<CustomProperty> customProperties,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    Map<String, JsonNode> extra,
    boolean legacyArray) implements Extensible {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public Team {
    extra = Extensible.orEmpty(extra);
    members = members == null ? null : List.copyOf(members);
  }

  /** Reads either form; anything else is handed back to Jackson as a mismatch. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Team fromJson(JsonNode node) {
    if (node.isArray()) {
      List<TeamMember> members = new ArrayList<>();
      node.forEach(m -> members.add(MAPPER.convertValue(m, TeamMember.class)));
      return new Team(null, null, null, members, null, null, null, null, true);
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("team must be an object with members, or a list of members");
    }
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    String id = text(copy.remove("id"));
    String name = text(copy.remove("name"));
    String description = text(copy.remove("description"));
    JsonNode members = copy.remove("members");
    JsonNode tags = copy.remove("tags");
    JsonNode custom = copy.remove("customProperties");
    JsonNode definitions = copy.remove("authoritativeDefinitions");
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    copy.fields().forEachRemaining(e -> extra.put(e.getKey(), e.getValue()));
    return new Team(id, name, description,
        members == null ? null : List.of(MAPPER.convertValue(members, TeamMember[].class)),
        tags == null ? null : List.of(MAPPER.convertValue(tags, String[].class)),
        custom == null ? null : List.of(MAPPER.convertValue(custom, CustomProperty[].class)),
        definitions == null ? null : List.of(MAPPER.convertValue(definitions, AuthoritativeDefinition[].class)),
        extra, false);
  }

  /** Writes the form the team was read in. */
  @JsonValue
  public JsonNode toJson() {
    if (legacyArray) {
      ArrayNode array = MAPPER.createArrayNode();
      membersOrEmpty().forEach(m -> array.add(MAPPER.valueToTree(m)));
      return array;
    }
    ObjectNode node = MAPPER.createObjectNode();
    putIfSet(node, "id", id);
    putIfSet(node, "name", name);
    putIfSet(node, "description", description);
    putIfSet(node, "members", members);
    putIfSet(node, "tags", tags);
    putIfSet(node, "customProperties", customProperties);
    putIfSet(node, "authoritativeDefinitions", authoritativeDefinitions);
    extra.forEach(node::set);
    return node;
  }

  /** The members, never null. */
  public List<TeamMember> membersOrEmpty() {
    return members == null ? List.of() : members;
  }

  private static void putIfSet(ObjectNode node, String field, Object value) {
    if (value != null) {
      node.set(field, MAPPER.valueToTree(value));
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
