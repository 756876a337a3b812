package io.quanta.runtime.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.runtime.Quantum;
import io.quanta.runtime.discovery.ApiOperations.Doc;
import io.quanta.runtime.discovery.Endpoints.Endpoint;
import io.quanta.runtime.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI 3.0 document of a quantum from its router's real routes and its catalog: every
 * route as a path (Vert.x {@code :param} as {@code {param}}), plus, for the output port, one path per
 * contract object with typed filter parameters and a row schema.
 */
final class OpenApiDocument {

  static final String VERSION = "3.0.3";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ROWS = "/data/{object}";
  private static final String ROW = "/data/{object}/{key}";
  private static final Set<String> PROBES = Set.of("/observability/health", "/observability/ready");
  private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}/]+)}");

  private final Quantum quantum;
  private final Set<String> operationIds = new HashSet<>();

  private OpenApiDocument(Quantum quantum) {
    this.quantum = quantum;
  }

  static ObjectNode build(Quantum quantum, List<Endpoint> endpoints, String base) {
    return new OpenApiDocument(quantum).document(endpoints, base);
  }

  private ObjectNode document(List<Endpoint> endpoints, String base) {
    var contract = quantum.contract();
    ObjectNode doc = NODES.objectNode().put("openapi", VERSION);
    doc.putObject("info")
        .put("title", "Quantum " + quantum.id() + (contract.name() == null ? "" : " — " + contract.name()))
        .put("version", contract.version() == null ? "0" : contract.version())
        .put("description", "The uniform API of data quantum " + quantum.id() + ", serving contract " + contract.id()
            + ". Errors are application/problem+json (RFC 9457) with a stable code.");
    doc.putArray("servers").addObject().put("url", base);
    doc.putArray("security").addObject().putArray("bearer");
    ObjectNode paths = doc.putObject("paths");
    for (Endpoint endpoint : endpoints) {
      ObjectNode item = paths.putObject(endpoint.path());
      for (String method : endpoint.methods()) {
        item.set(method.toLowerCase(Locale.ROOT), operation(method, endpoint, null));
      }
    }
    if (has(endpoints, ROWS) || has(endpoints, ROW)) {
      objectPaths(paths, endpoints);
    }
    doc.set("components", OpenApiComponents.build(quantum.catalog().tables()));
    return doc;
  }

  /** Per contract object: {@code /data/orders} with its filters, {@code /data/orders/{key}} when it has a key. */
  private void objectPaths(ObjectNode paths, List<Endpoint> endpoints) {
    for (Table table : quantum.catalog().tables()) {
      String path = Lineage.dataPath(table.object());
      if (has(endpoints, ROWS)) {
        paths.putObject(path).set("get", operation("GET", new Endpoint(path, List.of("GET")), table));
      }
      if (has(endpoints, ROW) && !table.primaryKey().isEmpty()) {
        String row = path + "/{key}";
        paths.putObject(row).set("get", operation("GET", new Endpoint(row, List.of("GET")), table));
      }
    }
  }

  private ObjectNode operation(String method, Endpoint endpoint, Table table) {
    boolean objectPath = table != null;
    String template = objectPath ? (endpoint.path().endsWith("/{key}") ? ROW : ROWS) : endpoint.path();
    Doc doc = ApiOperations.describe(method, template);
    ObjectNode op = NODES.objectNode();
    String area = endpoint.area().isEmpty() ? "discovery" : endpoint.area();
    op.putArray("tags").add(area);
    op.put("summary", objectPath ? doc.summary() + " of " + table.object() : doc.summary());
    if (doc.description() != null) {
      op.put("description", doc.description());
    }
    op.put("operationId", operationId(method, endpoint.path()));
    ArrayNode parameters = NODES.arrayNode();
    if (template.equals(ROWS) || template.equals(ROW)) {
      if (!objectPath) {
        parameters.add(objectParameter());
      }
      if (template.equals(ROW)) {
        parameters.add(DataPortDocs.keyParameter(table));
        parameters.add(DataPortDocs.rowsParameters(table).get(0));
      } else {
        DataPortDocs.rowsParameters(table).forEach(parameters::add);
        if (objectPath) {
          DataPortDocs.filterParameters(table).forEach(parameters::add);
        }
      }
      if (quantum.versions().managed()) {
        parameters.add(DataPortDocs.versionParameter());
      }
    } else {
      pathParameters(endpoint.path()).forEach(parameters::add);
      doc.parameters().forEach(p -> parameters.add(p.deepCopy()));
    }
    if (!parameters.isEmpty()) {
      op.set("parameters", parameters);
    }
    if (doc.jsonBody()) {
      op.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
          .putObject("schema").put("type", "object");
    }
    op.set("responses", responses(doc, template, table));
    if (open(endpoint.path(), area)) {
      op.putArray("security");
    }
    return op;
  }

  private ObjectNode responses(Doc doc, String template, Table table) {
    ObjectNode responses = NODES.objectNode();
    ObjectNode success = responses.putObject(doc.success()).put("description", doc.summary());
    if (!doc.media().isEmpty()) {
      ObjectNode content = success.putObject("content");
      for (String media : doc.media()) {
        content.putObject(media).set("schema", schema(media, template, table));
      }
    }
    for (int status : doc.problems()) {
      responses.putObject(Integer.toString(status)).put("$ref", "#/components/responses/Problem" + status);
    }
    responses.putObject("default").put("$ref", "#/components/responses/Problem");
    return responses;
  }

  private static ObjectNode schema(String media, String template, Table table) {
    if (!media.equals("application/json")) {
      return NODES.objectNode().put("type", "string");
    }
    ObjectNode row = table == null ? NODES.objectNode().put("type", "object")
        : NODES.objectNode().put("$ref", "#/components/schemas/" + OpenApiComponents.rowSchemaName(table));
    if (template.equals(ROWS)) {
      ObjectNode array = NODES.objectNode().put("type", "array");
      array.set("items", row);
      return array;
    }
    return template.equals(ROW) ? row : NODES.objectNode().put("type", "object");
  }

  private ObjectNode objectParameter() {
    ArrayNode names = NODES.arrayNode();
    quantum.catalog().tables().forEach(t -> names.add(t.object()));
    ObjectNode parameter = NODES.objectNode().put("name", "object").put("in", "path").put("required", true)
        .put("description", "An object of the contract");
    ObjectNode schema = parameter.putObject("schema").put("type", "string");
    if (!names.isEmpty()) {
      schema.set("enum", names);
    }
    return parameter;
  }

  /** Mirrors the access rules (docs/access.md): probes always open, discovery and observability by setting. */
  private boolean open(String path, String area) {
    var access = quantum.config().access();
    return switch (area) {
      case "discovery" -> access.openDiscovery();
      case "observability" -> PROBES.contains(path) || access.openObservability();
      default -> false;
    };
  }

  /** A string path parameter for each {@code {name}} of a route outside the output port. */
  private static List<ObjectNode> pathParameters(String path) {
    List<ObjectNode> parameters = new ArrayList<>();
    Matcher m = TEMPLATE_PARAMETER.matcher(path);
    while (m.find()) {
      ObjectNode parameter = NODES.objectNode().put("name", m.group(1)).put("in", "path").put("required", true);
      parameter.putObject("schema").put("type", "string");
      parameters.add(parameter);
    }
    return parameters;
  }

  private String operationId(String method, String path) {
    StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
    for (String segment : path.split("/")) {
      boolean parameter = segment.startsWith("{");
      String word = segment.replaceAll("[^A-Za-z0-9]", "");
      if (!word.isEmpty()) {
        id.append(parameter ? "By" : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    if (path.equals("/")) {
      id.append("Root");
    }
    String unique = id.toString();
    for (int n = 2; !operationIds.add(unique); n++) {
      unique = id + "_" + n;
    }
    return unique;
  }

  private static boolean has(List<Endpoint> endpoints, String path) {
    return endpoints.stream().anyMatch(e -> e.path().equals(path) && e.methods().contains("GET"));
  }
}
