package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** A support channel (Slack, e-mail, ticketing…) where consumers get help. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupportChannel(
    String id,
    String channel,
    String url,
    String description,
    String tool,
    String scope,
    String invitationUrl,
    List<CustomProperty> customProperties,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  public SupportChannel {
    extra = Extensible.orEmpty(extra);
  }
}
