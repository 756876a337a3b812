package io.quanta.dictionary.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.es.Es;
import java.io.IOException;

/**
 * One answer of a quantum: the status and body, or why there is none. The body is read as JSON at most once.
 */
public final class Fetched {

  private final String path;
  private final int status;
  private final String body;
  private final String failure;
  private JsonNode json;
  private boolean parsed;

  /**
   * @param path the path asked, for messages ({@code /discovery/contract})
   * @param status the HTTP status, 0 when there was no answer
   * @param body the body as text, null when there was no answer
   * @param failure null when the quantum answered; else {@code timeout}, {@code connection-refused},
   *     {@code unreachable} or {@code too-large}, followed by a short detail
   */
  public Fetched(String path, int status, String body, String failure) {
    this.path = path;
    this.status = status;
    this.body = body;
    this.failure = failure;
  }

  public String path() {
    return path;
  }

  public int status() {
    return status;
  }

  public String body() {
    return body;
  }

  public String failure() {
    return failure;
  }

  public boolean answered() {
    return failure == null;
  }

  public boolean ok() {
    return failure == null && status == 200;
  }

  /** The body as a JSON object, or null when it is not one (read on first call, on the crawl's context). */
  public JsonNode json() {
    if (!parsed) {
      parsed = true;
      if (ok() && body != null) {
        try {
          JsonNode node = Es.JSON.readTree(body);
          json = node != null && node.isObject() ? node : null;
        } catch (IOException e) {
          json = null;
        }
      }
    }
    return json;
  }

  /** What went wrong, in the words health reasons use, or null when the answer is a 200. */
  public String problem() {
    if (failure != null) {
      return failure;
    }
    return status == 200 ? null : "endpoint-failed: " + path + " answered HTTP " + status;
  }
}
