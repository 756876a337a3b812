package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A link to the authoritative source of a definition (business glossary, privacy statement…). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthoritativeDefinition(
    String id,
    String type,
    String url,
    String description,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  public AuthoritativeDefinition {
    extra = Extensible.orEmpty(extra);
  }
}
