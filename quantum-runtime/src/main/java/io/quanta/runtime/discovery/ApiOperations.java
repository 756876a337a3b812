package io.quanta.runtime.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * What each endpoint of the uniform API (PRODUCT.md) does, for the OpenAPI document: summary, query
 * parameters, success media types and the problems it can answer. Only consulted for routes the router
 * really has; a route missing here is still documented, with its method and path.
 */
final class ApiOperations {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String JSON = "application/json";
  private static final List<String> DOCUMENT = List.of("application/yaml", JSON);

  /** One operation: the success status and media types, the problem statuses, extra query parameters. */
  record Doc(String summary, String description, String success, List<String> media, List<Integer> problems,
      List<ObjectNode> parameters, boolean jsonBody) {

    Doc(String summary, String success, List<String> media, List<Integer> problems) {
      this(summary, null, success, media, problems, List.of(), false);
    }

    Doc withParameters(ObjectNode... extra) {
      return new Doc(summary, description, success, media, problems, List.of(extra), jsonBody);
    }

    Doc withDescription(String text) {
      return new Doc(summary, text, success, media, problems, parameters, jsonBody);
    }

    Doc withJsonBody() {
      return new Doc(summary, description, success, media, problems, parameters, true);
    }
  }

  private static final Map<String, Doc> DOCS = Map.ofEntries(
      Map.entry("GET /", new Doc("The quantum's identity and a link to every endpoint", "200", List.of(JSON),
          List.of(401))),
      Map.entry("GET /discovery/contract", new Doc("The ODCS contract, YAML as written or JSON", "200", DOCUMENT,
          List.of(400, 401, 422)).withParameters(format("yaml", "json"), query("effective",
              NODES.objectNode().put("type", "boolean").put("default", false),
              "With inheritance resolved: parents from contracts.path, then the dictionary; inherited elements"
                  + " carry inheritedFrom / overrides, the contract inheritanceChain. 422 when it cannot be resolved"))
          .withDescription("With effective=true, a chain that cannot be resolved answers 422"
              + " unresolvable-inheritance with the findings (each naming the chain)")),
      Map.entry("GET /discovery/descriptor", new Doc("The ODPS v1.0.0 data product descriptor", "200", DOCUMENT,
          List.of(400, 401)).withParameters(format("yaml", "json"))),
      Map.entry("GET /discovery/lineage", new Doc("Input quanta and contracts, output objects", "200", List.of(JSON),
          List.of(401))),
      Map.entry("GET /discovery/openapi", new Doc("This OpenAPI document", "200", List.of(JSON), List.of(401))),
      Map.entry("GET /observability/health", new Doc("Liveness: the process answers", "200", List.of(JSON), List.of())),
      Map.entry("GET /observability/ready", new Doc("Readiness: storage reachable", "200", List.of(JSON),
          List.of(503))),
      Map.entry("GET /observability/metrics", new Doc("Prometheus text exposition", "200", List.of("text/plain"),
          List.of(401))),
      Map.entry("GET /observability/status", new Doc("State, versions, row counts, freshness, quality and SLA summary",
          "200", List.of(JSON), List.of(401, 503))),
      Map.entry("GET /observability/quality", new Doc("The latest result of every quality rule", "200", List.of(JSON),
          List.of(400, 401, 404, 503)).withParameters(
              query("history", integer(), "The last N results of every rule (1-1000), newest first"),
              query("check", NODES.objectNode().put("type", "string"), "One check run, by the id a trigger returned"))),
      Map.entry("GET /observability/runs", new Doc("Pipeline runs, newest first, with the one in progress", "200",
          List.of(JSON), List.of(400, 401, 503)).withParameters(
              query("limit", integer(), "At most this many runs (1-1000, default 20)"))),
      Map.entry("GET /observability/runs/{id}", new Doc("One pipeline run: trigger, times, each step with rows in"
          + " and out (live while running), outcome, error, the quality gate's findings", "200", List.of(JSON),
          List.of(401, 404, 503))),
      Map.entry("GET /control/state", new Doc("The lifecycle state", "200", List.of(JSON), List.of(401, 403))),
      Map.entry("PUT /control/state", new Doc("Change the lifecycle state (active, paused, deprecated, retired)", "200",
          List.of(JSON), List.of(400, 401, 403, 409, 413, 415, 503)).withJsonBody()),
      Map.entry("POST /control/runs", new Doc("Run the pipeline now (202 with the run's id; a run in progress is"
          + " joined)", "202", List.of(JSON), List.of(401, 403, 409))),
      Map.entry("POST /control/quality-checks", new Doc("Check the published data now", "202", List.of(JSON),
          List.of(401, 403, 503))),
      Map.entry("GET /control/access", new Doc("Access grants", "200", List.of(JSON), List.of(401, 403, 503))),
      Map.entry("POST /control/access", new Doc("Grant read access (201), or renew a grant (200)", "2XX",
          List.of(JSON), List.of(400, 401, 403, 413, 415, 503)).withJsonBody()),
      Map.entry("DELETE /control/access/{id}", new Doc("Revoke a grant", "204", List.of(), List.of(401, 403, 404,
          503))),
      Map.entry("POST /control/access-requests", new Doc("Ask for read access: approved at once (201) when policy"
          + " allows, else pending (202)", "2XX", List.of(JSON), List.of(400, 401, 413, 415, 503)).withJsonBody()),
      Map.entry("GET /control/access-requests", new Doc("Access requests, newest first", "200", List.of(JSON),
          List.of(400, 401, 403, 503)).withParameters(
              query("status", NODES.objectNode().put("type", "string"), "Only requests in this status"),
              query("limit", integer(), "At most this many (1-1000, default 100)"))),
      Map.entry("POST /control/access-requests/{id}/approve", new Doc("Approve a pending access request", "200",
          List.of(JSON), List.of(400, 401, 403, 404, 409, 503))),
      Map.entry("POST /control/access-requests/{id}/deny", new Doc("Deny a pending access request", "200",
          List.of(JSON), List.of(401, 403, 404, 409, 503))),
      Map.entry("GET /data/{object}", new Doc("Rows of one object, streamed", "200", DataPortDocs.ROW_MEDIA,
          List.of(400, 401, 403, 404, 410, 503)).withDescription(DataPortDocs.ROWS_DESCRIPTION)),
      Map.entry("GET /data/{object}/{key}", new Doc("One row by primary key", "200", List.of(JSON),
          List.of(400, 401, 403, 404, 410, 503))));

  private ApiOperations() {
  }

  /** The documentation of {@code method path}, or a plain one naming the route. */
  static Doc describe(String method, String path) {
    Doc doc = DOCS.get(method + " " + path);
    return doc != null ? doc : new Doc(method + " " + path, "2XX", List.of(JSON), List.of());
  }

  static ObjectNode format(String... names) {
    ArrayNode values = NODES.arrayNode();
    for (String name : names) {
      values.add(name);
    }
    ObjectNode schema = NODES.objectNode().put("type", "string");
    schema.set("enum", values);
    return query("format", schema, "The representation; wins over Accept. Default: " + names[0]);
  }

  static ObjectNode query(String name, ObjectNode schema, String description) {
    ObjectNode parameter = NODES.objectNode().put("name", name).put("in", "query").put("required", false)
        .put("description", description);
    parameter.set("schema", schema);
    return parameter;
  }

  static ObjectNode integer() {
    return NODES.objectNode().put("type", "integer").put("minimum", 0);
  }
}
