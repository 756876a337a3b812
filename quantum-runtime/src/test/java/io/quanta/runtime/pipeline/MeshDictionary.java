package io.quanta.runtime.pipeline;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the dictionary's endpoints a managed quantum uses, on a real HTTP server:
 * {@code GET /api/quanta/{id}} ({@code {"id", "url"}} of a registered quantum, else 404),
 * {@code GET /api/governance/policies} (the global policy set, as JSON, when one is set, else 404) and
 * {@code POST /api/quanta} (announcements, accepted).
 */
final class MeshDictionary implements AutoCloseable {

  private final Vertx vertx = Vertx.vertx();
  private final Map<String, String> quanta = new ConcurrentHashMap<>();
  private final HttpServer server;
  private volatile String policies;

  MeshDictionary() {
    server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
      String path = request.path();
      if (request.method().name().equals("POST") && path.equals("/api/quanta")) {
        request.response().setStatusCode(204).end();
      } else if (path.startsWith("/api/quanta/") && quanta.containsKey(path.substring(12))) {
        String id = path.substring(12);
        request.response().putHeader("Content-Type", "application/json")
            .end(new JsonObject().put("id", id).put("url", quanta.get(id)).put("status", "up").encode());
      } else if (path.equals("/api/governance/policies") && policies != null) {
        request.response().putHeader("Content-Type", "application/json").end(policies);
      } else {
        request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
            .end(new JsonObject().put("status", 404).put("code", "not-found").put("detail", "nothing at " + path)
                .encode());
      }
    })).listen(0).await();
  }

  MeshDictionary register(String id, String url) {
    quanta.put(id, url);
    return this;
  }

  /** Serves this policy set (a {@code kind: PolicySet} document as JSON) as the global one. */
  MeshDictionary policies(JsonObject set) {
    this.policies = set == null ? null : set.encode();
    return this;
  }

  String url() {
    return "http://localhost:" + server.actualPort();
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}
