package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A key/value extension, ODCS's own extension point; Quanta's {@code extends} lives here. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomProperty(
    String id,
    String property,
    JsonNode value,
    String description,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  public CustomProperty {
    extra = Extensible.orEmpty(extra);
  }

  /** The value as text: a scalar as written, anything else as JSON; null when there is no value. */
  public String textValue() {
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /** The first property of this name in a possibly null list. */
  public static Optional<CustomProperty> find(List<CustomProperty> properties, String name) {
    if (properties == null) {
      return Optional.empty();
    }
    return properties.stream().filter(p -> name.equals(p.property())).findFirst();
  }
}
