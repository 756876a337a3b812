package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** One person of the team that owns the contract. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamMember(
    String id,
    String username,
    String name,
    String description,
    String role,
    String dateIn,
    String dateOut,
    String replacedByUsername,
    List<String> tags,
    List<CustomProperty> customProperties,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  public TeamMember {
    extra = Extensible.orEmpty(extra);
  }
}
