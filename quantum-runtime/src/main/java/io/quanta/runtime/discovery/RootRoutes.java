package io.quanta.runtime.discovery;

import io.quanta.runtime.Quantum;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code GET /}: the quantum's identity and a link to every endpoint, read from the router itself so
 * the list can never drift from the routes that exist.
 */
public final class RootRoutes {

  private final Quantum quantum;

  public RootRoutes(Quantum quantum) {
    this.quantum = quantum;
  }

  /** Mount last, once every other route is on the router. */
  public void mount(Router router) {
    router.get("/").handler(ctx -> index(ctx, router));
  }

  private void index(RoutingContext ctx, Router router) {
    TreeMap<String, Set<String>> endpoints = new TreeMap<>();
    for (Route route : router.getRoutes()) {
      String path = route.getPath();
      if (path == null || route.methods() == null) {
        continue;
      }
      endpoints.computeIfAbsent(path, p -> new TreeSet<>())
          .addAll(route.methods().stream().map(HttpMethod::name).toList());
    }
    String base = quantum.config().server().publicUrl() != null ? quantum.config().server().publicUrl()
        : "http://" + ctx.request().authority();
    JsonArray links = new JsonArray();
    endpoints.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey())).forEach(e -> links.add(new JsonObject()
        .put("href", base + e.getKey().replace(":object", "{object}").replace(":key", "{key}").replace(":id", "{id}"))
        .put("path", e.getKey().replace(":object", "{object}").replace(":key", "{key}").replace(":id", "{id}"))
        .put("methods", new JsonArray(e.getValue().stream().toList()))));
    JsonObject body = new JsonObject()
        .put("id", quantum.id())
        .put("name", quantum.contract().name())
        .put("domain", quantum.contract().domain())
        .put("contract", new JsonObject().put("id", quantum.contract().id()).put("version", quantum.contract().version()))
        .put("mode", quantum.config().mode().name().toLowerCase(java.util.Locale.ROOT))
        .put("state", quantum.lifecycle().current().state().word())
        .put("objects", new JsonArray(quantum.catalog().tables().stream().map(t -> t.object()).toList()))
        .put("links", links);
    ctx.response().putHeader("Content-Type", "application/json").end(body.encodePrettily());
  }
}
