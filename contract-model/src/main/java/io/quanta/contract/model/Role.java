package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** An access role consumers can request (for example {@code read} on the output port). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Role(
    String id,
    String role,
    String description,
    String access,
    String firstLevelApprovers,
    String secondLevelApprovers,
    List<CustomProperty> customProperties,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  public Role {
    extra = Extensible.orEmpty(extra);
  }
}
