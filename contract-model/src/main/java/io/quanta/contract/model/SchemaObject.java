package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One object of the contract's schema: for Quanta, a table the quantum serves. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "physicalName", "physicalType", "logicalType", "businessName", "description",
    "dataGranularityDescription", "tags", "properties", "relationships", "quality", "authoritativeDefinitions",
    "customProperties"})
public record SchemaObject(
    String id,
    String name,
    String physicalName,
    String physicalType,
    String logicalType,
    String businessName,
    String description,
    String dataGranularityDescription,
    List<String> tags,
    List<SchemaProperty> properties,
    List<JsonNode> relationships,
    List<QualityRule> quality,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    List<CustomProperty> customProperties,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  public SchemaObject {
    extra = Extensible.orEmpty(extra);
  }

  /** The properties (columns), never null. */
  public List<SchemaProperty> columns() {
    return properties == null ? List.of() : properties;
  }

  /** The property with this name, if the object has one. */
  public Optional<SchemaProperty> property(String propertyName) {
    return columns().stream().filter(p -> propertyName.equals(p.name())).findFirst();
  }

  /** The object's quality rules, never null. */
  public List<QualityRule> qualityRules() {
    return quality == null ? List.of() : quality;
  }

  /** Primary-key columns in key order ({@code primaryKeyPosition}, then declaration order). */
  public List<SchemaProperty> primaryKey() {
    return columns().stream()
        .filter(SchemaProperty::primaryKeyFlag)
        .sorted(java.util.Comparator.comparingInt(
            p -> p.primaryKeyPosition() == null || p.primaryKeyPosition() < 0
                ? Integer.MAX_VALUE : p.primaryKeyPosition()))
        .toList();
  }
}
