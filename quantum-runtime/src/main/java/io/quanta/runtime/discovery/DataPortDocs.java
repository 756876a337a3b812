package io.quanta.runtime.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.runtime.data.DataRoutes;
import io.quanta.runtime.data.Filter.Operator;
import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import io.quanta.runtime.schema.ValueKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The output port in OpenAPI terms, generated from the catalog: the shared query parameters, a row
 * schema per object, and per object its filter parameters (one per column, typed by the column).
 */
final class DataPortDocs {

  static final List<String> ROW_MEDIA = List.of("application/json", "application/x-ndjson", "text/csv");
  static final String ROWS_DESCRIPTION = "Streamed, never buffered whole. Filters read column=op.value with eq, neq,"
      + " gt, gte, lt, lte, like (text, * as wildcard), in ((a,b)) or is (null, notnull, true, false); a column may"
      + " be filtered more than once. The per-object paths list the columns.";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> RESERVED = Set.of("select", "order", "limit", "after", "format", "version");

  private DataPortDocs() {
  }

  /** The parameters every rows read takes: select, order, limit, after, format. */
  static List<ObjectNode> rowsParameters(Table table) {
    String columns = table == null ? "the object's columns" : names(table.columns());
    String key = table == null ? "the primary key" : names(table.primaryKey());
    ArrayNode formats = NODES.arrayNode();
    DataRoutes.formatNames().forEach(formats::add);
    ObjectNode format = NODES.objectNode().put("type", "string");
    format.set("enum", formats);
    return List.of(
        ApiOperations.query("select", NODES.objectNode().put("type", "string"),
            "Comma-separated columns to return (default all): " + columns),
        ApiOperations.query("order", NODES.objectNode().put("type", "string"),
            "Comma-separated column or column.asc / column.desc terms; not with after"),
        ApiOperations.query("limit", ApiOperations.integer(), "At most this many rows"),
        ApiOperations.query("after", NODES.objectNode().put("type", "string"),
            "Keyset paging: rows whose primary key (" + key + ") comes after this value;"
                + " composite keys comma-separated"),
        ApiOperations.query("format", format, "The representation; wins over Accept. Default: json"));
  }

  /** One filter parameter per column of the object (columns named like a reserved parameter cannot be filtered). */
  static List<ObjectNode> filterParameters(Table table) {
    return table.columns().stream().filter(c -> !RESERVED.contains(c.name())).map(DataPortDocs::filter).toList();
  }

  private static ObjectNode filter(Column column) {
    List<String> operators = Arrays.stream(Operator.values())
        .filter(op -> op != Operator.LIKE || column.kind() == ValueKind.STRING)
        .map(op -> op.name().toLowerCase(Locale.ROOT)).toList();
    ObjectNode item = NODES.objectNode().put("type", "string")
        .put("pattern", "^(" + String.join("|", operators) + ")\\..*$");
    ObjectNode schema = NODES.objectNode().put("type", "array");
    schema.set("items", item);
    ObjectNode parameter = ApiOperations.query(column.name(), schema, "Filter on " + column.name() + " ("
        + column.kind().name().toLowerCase(Locale.ROOT) + "): op.value with " + String.join(", ", operators)
        + ", e.g. " + column.name() + "=eq." + example(column.kind()));
    return parameter.put("style", "form").put("explode", true);
  }

  /** A managed quantum's {@code version} parameter: read a kept version instead of the current one. */
  static ObjectNode versionParameter() {
    return ApiOperations.query("version", NODES.objectNode().put("type", "integer").put("minimum", 1),
        "A kept published version to read instead of the current one (GET /observability/status lists them;"
            + " the Quanta-Version header names the version served)");
  }

  /** The {@code key} path parameter of the one-row read. */
  static ObjectNode keyParameter(Table table) {
    String description = table == null ? "The primary key value; composite keys comma-separated in key order"
        : "The primary key (" + names(table.primaryKey()) + ")" + (table.primaryKey().size() > 1
            ? ", comma-separated in that order" : "");
    ObjectNode parameter = NODES.objectNode().put("name", "key").put("in", "path").put("required", true)
        .put("description", description);
    parameter.set("schema", NODES.objectNode().put("type", "string"));
    return parameter;
  }

  /** The JSON schema of one row of the object. */
  static ObjectNode rowSchema(Table table) {
    ObjectNode schema = NODES.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    for (Column column : table.columns()) {
      ObjectNode property = type(column.kind());
      if (!column.required()) {
        property.put("nullable", true);
      }
      properties.set(column.name(), property);
    }
    // No "required" list: select= narrows the row to the named columns.
    schema.put("description", "A row of " + table.object() + "; select= returns only the named columns");
    return schema;
  }

  private static ObjectNode type(ValueKind kind) {
    ObjectNode node = NODES.objectNode();
    return switch (kind) {
      case STRING, TIME -> node.put("type", "string");
      case INTEGER -> node.put("type", "integer").put("format", "int64");
      case DECIMAL -> node.put("type", "number");
      case BOOLEAN -> node.put("type", "boolean");
      case DATE -> node.put("type", "string").put("format", "date");
      case TIMESTAMP -> node.put("type", "string").put("format", "date-time");
      case JSON -> node.put("description", "Any JSON value");
    };
  }

  private static String example(ValueKind kind) {
    return switch (kind) {
      case INTEGER -> "42";
      case DECIMAL -> "9.99";
      case BOOLEAN -> "true";
      case DATE -> "2024-01-31";
      case TIMESTAMP -> "2024-01-31T12:00:00";
      case TIME -> "12:00:00";
      case STRING, JSON -> "text";
    };
  }

  private static String names(List<Column> columns) {
    return columns.stream().map(Column::name).collect(Collectors.joining(", "));
  }
}
