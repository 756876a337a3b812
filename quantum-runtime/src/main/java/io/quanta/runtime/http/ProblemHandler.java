package io.quanta.runtime.http;

import io.quanta.runtime.storage.Storage;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one failure handler: turns any failure into {@code application/problem+json} with a stable
 * code. Unexpected errors are logged with an id that the response repeats, and the body says nothing
 * of the cause. When the response head is already on the wire (a stream failed midway) it closes the
 * connection, so the client sees a truncated response rather than a corrupt one.
 */
public final class ProblemHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
  public static final String CONTENT_TYPE = "application/problem+json";

  private static final Map<Integer, String[]> STATUS = Map.of(
      400, new String[] {"bad-request", "Bad request"},
      401, new String[] {"unauthenticated", "Unauthenticated"},
      403, new String[] {"forbidden", "Forbidden"},
      404, new String[] {"not-found", "Not found"},
      405, new String[] {"method-not-allowed", "Method not allowed"},
      406, new String[] {"not-acceptable", "Not acceptable"},
      413, new String[] {"payload-too-large", "Payload too large"},
      415, new String[] {"unsupported-media-type", "Unsupported media type"},
      431, new String[] {"headers-too-large", "Request header fields too large"});

  private ProblemHandler() {
  }

  /** The failure handler for a router: {@code router.route().failureHandler(ProblemHandler::handle)}. */
  public static void handle(RoutingContext ctx) {
    Problem problem = toProblem(ctx);
    write(ctx, problem);
  }

  /** Writes a problem response, or closes the connection if a response already started. */
  public static void write(RoutingContext ctx, Problem problem) {
    HttpServerResponse response = ctx.response();
    if (response.headWritten()) {
      if (!response.ended()) {
        response.reset();
      }
      return;
    }
    JsonObject body = new JsonObject()
        .put("type", "about:blank")
        .put("title", problem.title())
        .put("status", problem.status())
        .put("code", problem.code())
        .put("detail", problem.detail())
        .put("instance", ctx.request().path());
    problem.extensions().forEach(body::put);
    response.setStatusCode(problem.status()).putHeader("Content-Type", CONTENT_TYPE);
    problem.headers().forEach(response::putHeader);
    response.end(body.encode());
  }

  private static Problem toProblem(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof Problem problem) {
      return problem;
    }
    if (failure != null && Storage.isUnavailable(failure)) {
      LOG.warn("storage unavailable for {} {}: {}", ctx.request().method(), ctx.request().path(), failure.toString());
      return Problem.unavailable("storage-unavailable", "The quantum's storage cannot be reached right now; retry shortly.", 5);
    }
    int status = ctx.statusCode();
    if (failure == null && STATUS.containsKey(status)) {
      String[] known = STATUS.get(status);
      return new Problem(status, known[0], known[1], detailFor(status, ctx));
    }
    String incident = UUID.randomUUID().toString();
    LOG.error("incident {} on {} {}", incident, ctx.request().method(), ctx.request().path(), failure);
    return new Problem(500, "internal", "Internal error",
        "Something went wrong on our side; the logs have the details under incident " + incident + ".")
        .with("incident", incident);
  }

  private static String detailFor(int status, RoutingContext ctx) {
    return switch (status) {
      case 404 -> "No endpoint at " + ctx.request().path() + "; GET / lists every endpoint.";
      case 405 -> ctx.request().method() + " is not allowed on " + ctx.request().path() + ".";
      case 413 -> "The request body is larger than this endpoint accepts.";
      case 401 -> "A valid bearer token is required.";
      case 403 -> "Your token does not allow this.";
      default -> "The request could not be processed.";
    };
  }
}
