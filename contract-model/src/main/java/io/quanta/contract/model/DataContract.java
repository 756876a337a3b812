package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An ODCS v3.0.x or v3.1.0 data contract: the promise a data quantum makes to its consumers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apiVersion", "kind", "id", "name", "version", "status", "tenant", "domain", "dataProduct",
    "tags", "description", "servers", "schema", "support", "price", "team", "roles", "slaDefaultElement",
    "slaProperties", "authoritativeDefinitions", "customProperties", "contractCreatedTs"})
public record DataContract(
    String apiVersion,
    String kind,
    String id,
    String name,
    String version,
    String status,
    String tenant,
    String domain,
    String dataProduct,
    List<String> tags,
    Description description,
    List<Server> servers,
    List<SchemaObject> schema,
    List<SupportChannel> support,
    JsonNode price,
    Team team,
    List<Role> roles,
    String slaDefaultElement,
    List<SlaProperty> slaProperties,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    List<CustomProperty> customProperties,
    String contractCreatedTs,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  /** The custom property through which a contract names the parent it extends. */
  public static final String EXTENDS = "extends";

  public DataContract {
    extra = Extensible.orEmpty(extra);
  }

  /** The objects of the schema, never null. */
  public List<SchemaObject> objects() {
    return schema == null ? List.of() : schema;
  }

  /** The object with this name, if the schema has one. */
  public Optional<SchemaObject> object(String objectName) {
    return objects().stream().filter(o -> objectName.equals(o.name())).findFirst();
  }

  /** The raw value of the {@code extends} custom property, if this contract extends another. */
  public Optional<String> extendsValue() {
    return CustomProperty.find(customProperties, EXTENDS).map(CustomProperty::textValue);
  }

  /** The SLA property with this name (case-insensitive, as ODCS names are), if present. */
  public Optional<SlaProperty> slaProperty(String property) {
    if (slaProperties == null) {
      return Optional.empty();
    }
    return slaProperties.stream().filter(p -> property.equalsIgnoreCase(p.property())).findFirst();
  }
}
