package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One property of a schema object (a column), or the {@code items} of an array property. Nested
 * objects keep their own {@code properties}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "businessName", "description", "logicalType", "logicalTypeOptions",
    "physicalType", "physicalName", "primaryKey", "primaryKeyPosition", "required", "unique", "partitioned",
    "partitionKeyPosition", "classification", "criticalDataElement", "encryptedName", "examples", "tags",
    "items", "properties", "relationships", "quality", "authoritativeDefinitions", "customProperties"})
public record SchemaProperty(
    String id,
    String name,
    String businessName,
    String description,
    String logicalType,
    Map<String, JsonNode> logicalTypeOptions,
    String physicalType,
    String physicalName,
    Boolean primaryKey,
    Integer primaryKeyPosition,
    Boolean required,
    Boolean unique,
    Boolean partitioned,
    Integer partitionKeyPosition,
    String classification,
    Boolean criticalDataElement,
    String encryptedName,
    List<JsonNode> examples,
    List<String> tags,
    SchemaProperty items,
    List<SchemaProperty> properties,
    List<JsonNode> relationships,
    List<QualityRule> quality,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    List<CustomProperty> customProperties,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  public SchemaProperty {
    extra = Extensible.orEmpty(extra);
  }

  public boolean primaryKeyFlag() {
    return Boolean.TRUE.equals(primaryKey);
  }

  public boolean requiredFlag() {
    return Boolean.TRUE.equals(required);
  }

  public boolean uniqueFlag() {
    return Boolean.TRUE.equals(unique);
  }

  /** The property's quality rules, never null. */
  public List<QualityRule> qualityRules() {
    return quality == null ? List.of() : quality;
  }

  /** Nested properties, never null. */
  public List<SchemaProperty> children() {
    return properties == null ? List.of() : properties;
  }

  /** True when the property is marked as personal data through a {@code pii} tag or custom property. */
  public boolean personalData() {
    boolean tagged = tags != null && tags.stream().anyMatch(t -> t.equalsIgnoreCase("pii"));
    return tagged || CustomProperty.find(customProperties, "pii")
        .map(c -> c.value() != null && (c.value().asBoolean(false) || "true".equalsIgnoreCase(c.textValue())))
        .orElse(false);
  }
}
