package io.quanta.runtime.discovery;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The endpoints a router really serves, read from its routes: the one list behind {@code GET /}, the
 * descriptor's management ports and the OpenAPI paths, so none of them can drift from the code.
 */
public final class Endpoints {

  private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z0-9_]+)");

  private Endpoints() {
  }

  /** One path (OpenAPI template form, {@code /data/{object}}) and the methods it answers, sorted. */
  public record Endpoint(String path, List<String> methods) {

    /** The first path segment: discovery, observability, control, data, or empty for {@code /}. */
    public String area() {
      int end = path.indexOf('/', 1);
      return end < 0 ? path.substring(1) : path.substring(1, end);
    }
  }

  /**
   * Every route with a path (regex routes have none) and explicit methods, sorted by path. Handler-only
   * routes (a body handler on {@code /control/*}, the failure handler) are not endpoints and are left out.
   */
  public static List<Endpoint> of(Router router) {
    TreeMap<String, Set<String>> endpoints = new TreeMap<>();
    for (Route route : router.getRoutes()) {
      String path = route.getPath();
      Set<HttpMethod> methods = route.methods();
      if (path == null || methods == null || methods.isEmpty() || path.endsWith("/*")) {
        continue;
      }
      endpoints.computeIfAbsent(template(path), p -> new TreeSet<>())
          .addAll(methods.stream().map(HttpMethod::name).toList());
    }
    return endpoints.entrySet().stream().map(e -> new Endpoint(e.getKey(), List.copyOf(e.getValue()))).toList();
  }

  /** {@code /data/:object/:key} written as {@code /data/{object}/{key}}. */
  static String template(String vertxPath) {
    return PARAMETER.matcher(vertxPath).replaceAll("{$1}");
  }
}
