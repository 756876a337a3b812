package io.quanta.dictionary.testing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One HTTP server that answers like many quanta, each under {@code /q/<name>}: well-behaved ones with a
 * generated contract, and broken ones that answer garbage, never answer, serve an invalid contract, or send
 * more than any contract should be. For fault tests and for the crawl benchmark (1,000 quanta, one process).
 */
public final class FixtureQuanta implements AutoCloseable {

  /** How one fixture quantum answers. */
  public enum Behaviour {
    GOOD, GARBAGE, SILENT, INVALID_CONTRACT, HUGE
  }

  private final Vertx vertx;
  private final HttpServer server;
  private final Map<String, Behaviour> quanta = new ConcurrentHashMap<>();
  private final Map<String, String> contracts = new ConcurrentHashMap<>();
  private final Map<String, String> jsonContracts = new ConcurrentHashMap<>();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  private FixtureQuanta(Vertx vertx, HttpServer server) {
    this.vertx = vertx;
    this.server = server;
  }

  /** Starts on {@code port} (0 for any). */
  public static FixtureQuanta start(int port) {
    Vertx vertx = Vertx.vertx();
    FixtureQuanta[] self = new FixtureQuanta[1];
    HttpServer server = vertx.createHttpServer().requestHandler(r -> self[0].handle(r)).listen(port).await();
    self[0] = new FixtureQuanta(vertx, server);
    return self[0];
  }

  /** Adds a quantum; a GOOD one serves {@code contractYaml} (or a generated contract when null). */
  public String add(String name, Behaviour behaviour, String contractYaml) {
    quanta.put(name, behaviour);
    answers.keySet().removeIf(k -> k.startsWith(name + "/") || k.startsWith(name + "?"));
    String yaml = contractYaml != null ? contractYaml : FixtureContracts.contract(name, 0, null);
    contracts.put(name, yaml);
    try {
      jsonContracts.put(name, new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(yaml).toString());
    } catch (java.io.IOException e) {
      jsonContracts.put(name, yaml);
    }
    return url(name);
  }

  public String url(String name) {
    return "http://localhost:" + server.actualPort() + "/q/" + name;
  }

  public int port() {
    return server.actualPort();
  }

  private void handle(HttpServerRequest request) {
    String path = request.path();
    if (!path.startsWith("/q/")) {
      request.response().setStatusCode(404).end();
      return;
    }
    int slash = path.indexOf('/', 3);
    String name = slash < 0 ? path.substring(3) : path.substring(3, slash);
    String rest = slash < 0 ? "/" : path.substring(slash);
    Behaviour behaviour = quanta.get(name);
    if (behaviour == null) {
      request.response().setStatusCode(404).end();
      return;
    }
    switch (behaviour) {
      case SILENT -> {
        // Never answers: the crawler's deadline must cut it off.
      }
      case GARBAGE -> request.response().putHeader("Content-Type", "application/json").end("<html>}{ not json at all");
      case HUGE -> huge(request);
      case INVALID_CONTRACT -> good(request, name, rest,
          "apiVersion: v3.1.0\nkind: DataContract\nid: " + name + "\nstatus: sideways\nschema: not-a-list\n");
      case GOOD -> good(request, name, rest, accepts(request, "application/json") ? jsonContracts.get(name)
          : contracts.get(name));
      default -> request.response().setStatusCode(500).end();
    }
  }

  private void huge(HttpServerRequest request) {
    var response = request.response().setChunked(true).putHeader("Content-Type", "application/json");
    String chunk = "x".repeat(64 * 1024);
    response.write("{\"id\":\"");
    writeChunks(response, chunk, 200);
  }

  private void writeChunks(io.vertx.core.http.HttpServerResponse response, String chunk, int left) {
    if (left == 0) {
      response.end("\"}");
      return;
    }
    response.write(chunk).onComplete(done -> {
      if (done.succeeded()) {
        writeChunks(response, chunk, left - 1);
      }
    });
  }

  /** One prepared answer: rendered once, then written as is, so the fixture costs the crawl as little CPU as it can. */
  private record Answer(int status, String contentType, Buffer body) {
  }

  private void good(HttpServerRequest request, String name, String rest, String contract) {
    boolean effective = "true".equals(request.getParam("effective"));
    String key = name + (effective ? "?effective" : "") + rest + (contract.startsWith("{") ? "#json" : "#yaml");
    Answer answer = answers.computeIfAbsent(key, k -> render(name, rest, contract, effective));
    var response = request.response().setStatusCode(answer.status());
    if (answer.contentType() != null) {
      response.putHeader("Content-Type", answer.contentType());
    }
    response.end(answer.body());
  }

  private Answer render(String name, String rest, String contract, boolean effective) {
    String base = "http://localhost:" + server.actualPort() + "/q/" + name;
    return switch (rest) {
      case "/" -> json(new JsonObject().put("id", name).put("name", name).put("state", "active")
          .put("contract", new JsonObject().put("id", name).put("version", "1.0.0")));
      case "/discovery/contract" -> effective
          ? new Answer(422, "application/problem+json", Buffer.buffer(new JsonObject().put("status", 422)
              .put("code", "unresolvable-inheritance").encode()))
          : new Answer(200, contract.startsWith("{") ? "application/json" : "application/yaml", Buffer.buffer(contract));
      case "/discovery/descriptor" -> json(new JsonObject().put("apiVersion", "v1.0.0")
          .put("kind", "DataProduct").put("id", name));
      case "/discovery/lineage" -> json(new JsonObject().put("quantum", name)
          .put("inputs", FixtureContracts.inputs(name))
          .put("outputs", new JsonArray().add(new JsonObject().put("object", "records").put("url", base + "/data/records"))));
      case "/observability/status" -> json(new JsonObject().put("id", name).put("state", "active")
          .put("objects", new JsonArray().add(new JsonObject().put("object", "records").put("freshness",
              new JsonObject().put("ageSeconds", 60).put("slaSeconds", 86400).put("compliant", true))))
          .put("sla", new JsonObject().put("compliant", true)));
      case "/observability/quality" -> json(new JsonObject().put("quantum", name).put("summary",
          new JsonObject().put("rules", 1).put("notYetChecked", 0).put("pass", 1).put("warn", 0).put("fail", 0)
              .put("error", 0)));
      default -> new Answer(404, null, Buffer.buffer());
    };
  }

  private static boolean accepts(HttpServerRequest request, String type) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains(type);
  }

  private static Answer json(JsonObject body) {
    return new Answer(200, "application/json", body.toBuffer());
  }

  /** Closes Vert.x, which cuts the connections that silent quanta hold open (a server close would wait for them). */
  @Override
  public void close() {
    vertx.close().await();
  }
}
