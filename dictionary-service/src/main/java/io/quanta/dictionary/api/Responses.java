package io.quanta.dictionary.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.es.IndexUnavailableException;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;

/** Small helpers shared by the routes: JSON bodies in and out, and the 503 of an unreachable index. */
public final class Responses {

  private Responses() {
  }

  /** Writes {@code body} as JSON with {@code status}. */
  public static void json(RoutingContext ctx, int status, JsonNode body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.toString());
  }

  /** Completes the request with the body, or fails it with the future's failure (mapped by {@link #problem}). */
  public static void reply(RoutingContext ctx, Future<? extends JsonNode> body) {
    body.onSuccess(json -> json(ctx, 200, json)).onFailure(e -> ctx.fail(problem(e)));
  }

  /** An unreachable index is a 503 with Retry-After; other failures pass through. */
  public static Throwable problem(Throwable e) {
    if (e instanceof Problem) {
      return e;
    }
    if (IndexUnavailableException.isUnavailable(e)) {
      return Problem.unavailable("index-unavailable",
          "The dictionary's index (Elasticsearch) cannot be reached right now; retry shortly.", 5);
    }
    return e;
  }

  /** The request body as JSON; 400 {@code code} when it is not JSON. */
  public static JsonNode body(RoutingContext ctx, String code) {
    String text = ctx.body() == null ? null : ctx.body().asString();
    if (text == null || text.isBlank()) {
      throw Problem.badRequest(code, "the request needs a JSON body");
    }
    try {
      return Es.JSON.readTree(text);
    } catch (IOException e) {
      throw Problem.badRequest(code, "the request body is not JSON");
    }
  }
}
