package io.quanta.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.model.SchemaProperty;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chooses a column's SQL type: the contract's {@code physicalType} when it is a MySQL type, otherwise a
 * documented mapping from the ODCS {@code logicalType} (see docs/quantum-yaml.md, "Types").
 */
public final class TypeMapping {

  private static final Pattern MYSQL_TYPE = Pattern.compile(
      "(?i)(tinyint|smallint|mediumint|int|integer|bigint)(\\(\\d+\\))?( unsigned)?"
          + "|(decimal|numeric)(\\(\\d+(,\\s*\\d+)?\\))?|float|double|real|bool|boolean|bit(\\(\\d+\\))?"
          + "|(var)?char\\(\\d+\\)|char|(tiny|medium|long)?text|(var)?binary\\(\\d+\\)|(tiny|medium|long)?blob"
          + "|date|datetime(\\(\\d\\))?|timestamp(\\(\\d\\))?|time(\\(\\d\\))?|year|json");
  private static final Map<String, String> LOGICAL = Map.of(
      "string", "VARCHAR(255)",
      "integer", "BIGINT",
      "number", "DECIMAL(38,10)",
      "boolean", "BOOLEAN",
      "date", "DATE",
      "timestamp", "DATETIME(6)",
      "time", "TIME(6)",
      "object", "JSON",
      "array", "JSON");

  private TypeMapping() {
  }

  /** The SQL type of a property. */
  public static String sqlType(SchemaProperty property) {
    String physical = property.physicalType();
    if (physical != null && MYSQL_TYPE.matcher(physical.trim()).matches()) {
      return physical.trim().toUpperCase(Locale.ROOT);
    }
    String logical = property.logicalType() == null ? "string" : property.logicalType().toLowerCase(Locale.ROOT);
    if (logical.equals("string")) {
      JsonNode max = property.logicalTypeOptions() == null ? null : property.logicalTypeOptions().get("maxLength");
      if (max != null && max.canConvertToInt() && max.asInt() > 0 && max.asInt() <= 16_000) {
        return "VARCHAR(" + max.asInt() + ")";
      }
      return property.primaryKeyFlag() || property.uniqueFlag() ? "VARCHAR(255)" : "TEXT";
    }
    return LOGICAL.getOrDefault(logical, "TEXT");
  }

  /** How values of an SQL type are parsed and written. */
  public static ValueKind kind(String sqlType) {
    String t = sqlType.toLowerCase(Locale.ROOT);
    if (t.startsWith("bool") || t.equals("tinyint(1)") || t.startsWith("bit")) {
      return ValueKind.BOOLEAN;
    }
    if (t.matches("(tiny|small|medium|big)?int.*|integer.*|year")) {
      return ValueKind.INTEGER;
    }
    if (t.matches("(decimal|numeric|float|double|real).*")) {
      return ValueKind.DECIMAL;
    }
    if (t.startsWith("datetime") || t.startsWith("timestamp")) {
      return ValueKind.TIMESTAMP;
    }
    if (t.equals("date")) {
      return ValueKind.DATE;
    }
    if (t.startsWith("time")) {
      return ValueKind.TIME;
    }
    if (t.equals("json")) {
      return ValueKind.JSON;
    }
    return ValueKind.STRING;
  }
}
