package io.quanta.contract.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * An ODCS data-quality rule: a library metric (nullValues, rowCount…), a {@code sql} query or a
 * custom engine's check, compared to a threshold with one of the {@code mustBe…} operators.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "description", "type", "dimension", "metric", "rule", "arguments", "query",
    "engine", "implementation", "mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeGreaterOrEqualTo",
    "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween", "unit", "severity",
    "method", "schedule", "scheduler", "businessImpact", "tags", "authoritativeDefinitions",
    "customProperties"})
public record QualityRule(
    String id,
    String name,
    String description,
    String type,
    String dimension,
    String metric,
    String rule,
    Map<String, JsonNode> arguments,
    String query,
    String engine,
    JsonNode implementation,
    JsonNode mustBe,
    JsonNode mustNotBe,
    Number mustBeGreaterThan,
    Number mustBeGreaterOrEqualTo,
    Number mustBeLessThan,
    Number mustBeLessOrEqualTo,
    List<Number> mustBeBetween,
    List<Number> mustNotBeBetween,
    String unit,
    String severity,
    String method,
    String schedule,
    String scheduler,
    String businessImpact,
    List<String> tags,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    List<CustomProperty> customProperties,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Extensible {

  public QualityRule {
    extra = Extensible.orEmpty(extra);
  }

  /** The library metric this rule measures, accepting the v3.0 {@code rule} spelling too. */
  public String effectiveMetric() {
    return metric != null ? metric : rule;
  }

  /** A name that identifies the rule inside its element: id, name, metric or query, whichever is set. */
  public String label() {
    if (id != null) {
      return id;
    }
    if (name != null) {
      return name;
    }
    if (effectiveMetric() != null) {
      return effectiveMetric();
    }
    return type == null ? "rule" : type;
  }
}
