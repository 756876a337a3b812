package io.quanta.dictionary.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes {@code {<head members>, "<list>": [item, item, …], <tail members>}} as it goes, so a large list (every quantum of
 * the mesh) is never held whole. Each write waits until the connection drained what it had, so a slow client
 * slows the reader instead of filling memory.
 */
public final class JsonStream {

  private final HttpServerResponse response;
  private boolean first = true;

  private JsonStream(HttpServerResponse response) {
    this.response = response;
  }

  /** Starts the object with the members of {@code head} and opens the array {@code list}. */
  public static JsonStream open(RoutingContext ctx, JsonNode head, String list) {
    HttpServerResponse response = ctx.response().setChunked(true).putHeader("Content-Type", "application/json");
    String members = head.toString();
    String prefix = members.length() > 2 ? members.substring(0, members.length() - 1) + "," : "{";
    response.write(prefix + "\"" + list + "\":[");
    return new JsonStream(response);
  }

  /** Adds one item; completes once the connection can take more. */
  public Future<Void> add(JsonNode item) {
    Future<Void> written = response.write(first ? item.toString() : "," + item.toString());
    first = false;
    return written;
  }

  /** Closes the array and the object. */
  public Future<Void> close() {
    return response.end("]}");
  }

  /** Closes the array, adds the members of {@code tail} (a summary known only at the end), closes the object. */
  public Future<Void> close(JsonNode tail) {
    String members = tail.toString();
    return response.end(members.length() > 2 ? "]," + members.substring(1) : "]}");
  }
}
