package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A server where the contract's data lives. Type-specific settings (host, port, database…) stay in
 * {@link #extra()} under their ODCS names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Server(
    String id,
    String server,
    String type,
    String description,
    String environment,
    List<Role> roles,
    List<CustomProperty> customProperties,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  public Server {
    extra = Extensible.orEmpty(extra);
  }
}
