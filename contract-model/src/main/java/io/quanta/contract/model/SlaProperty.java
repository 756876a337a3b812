package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** One service-level agreement property, such as {@code latency}, {@code retention} or {@code frequency}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlaProperty(
    String id,
    String property,
    JsonNode value,
    JsonNode valueExt,
    String unit,
    String element,
    String driver,
    String description,
    String scheduler,
    String schedule,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  public SlaProperty {
    extra = Extensible.orEmpty(extra);
  }
}
