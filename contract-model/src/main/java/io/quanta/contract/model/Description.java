package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The contract's description: what the data is for, its limits, and how to use it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Description(
    String purpose,
    String limitations,
    String usage,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    List<CustomProperty> customProperties,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  public Description {
    extra = Extensible.orEmpty(extra);
  }
}
