package io.quanta.runtime.discovery;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.runtime.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code components} of the OpenAPI document: the bearer scheme, the RFC 9457 problem and one
 * response per problem status, and a row schema per contract object.
 */
final class OpenApiComponents {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<Integer, String> PROBLEMS = new TreeMap<>(Map.of(
      400, "The request is malformed (unknown column, bad operator, value of the wrong type…)",
      401, "A valid bearer token is required",
      403, "The token does not allow this",
      404, "No such object, row or endpoint",
      409, "The request conflicts with the quantum's state",
      410, "The quantum is retired; its data is no longer served",
      413, "The body is larger than this endpoint accepts",
      415, "The body must be application/json",
      422, "The request is well-formed but cannot be processed",
      503, "Storage cannot be reached right now; retry after Retry-After seconds"));

  private OpenApiComponents() {
  }

  static ObjectNode build(List<Table> tables) {
    ObjectNode components = NODES.objectNode();
    components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
        .put("description", "A token from the quantum's token list, or a JWT");
    ObjectNode schemas = components.putObject("schemas");
    ObjectNode problem = schemas.putObject("Problem").put("type", "object");
    ObjectNode properties = problem.putObject("properties");
    for (String field : List.of("type", "title", "code", "detail", "instance")) {
      properties.putObject(field).put("type", "string");
    }
    properties.putObject("status").put("type", "integer");
    problem.putArray("required").add("status").add("code").add("title");
    tables.forEach(t -> schemas.set(rowSchemaName(t), DataPortDocs.rowSchema(t)));
    ObjectNode responses = components.putObject("responses");
    responses.set("Problem", problemResponse("A problem (RFC 9457) with a stable code"));
    PROBLEMS.forEach((status, text) -> {
      ObjectNode response = problemResponse(text);
      if (status == 401) {
        response.putObject("headers").putObject("WWW-Authenticate").putObject("schema").put("type", "string");
      } else if (status == 503) {
        response.putObject("headers").putObject("Retry-After").putObject("schema").put("type", "integer");
      }
      responses.set("Problem" + status, response);
    });
    return components;
  }

  private static ObjectNode problemResponse(String description) {
    ObjectNode response = NODES.objectNode().put("description", description);
    response.putObject("content").putObject("application/problem+json").putObject("schema")
        .put("$ref", "#/components/schemas/Problem");
    return response;
  }

  static String rowSchemaName(Table table) {
    return "Row-" + table.object().replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
