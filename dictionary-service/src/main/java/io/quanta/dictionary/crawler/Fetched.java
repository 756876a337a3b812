package io.quanta.dictionary.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.es.Es;
import java.io.IOException;

/**
 * One answer of a quantum: the status and body, or why there is none.
 *
 * @param path the path asked, for messages ({@code /discovery/contract})
 * @param status the HTTP status, 0 when there was no answer
 * @param body the body as text, null when there was no answer
 * @param failure null when the quantum answered; else {@code timeout}, {@code connection-refused},
 *     {@code unreachable} or {@code too-large}, followed by a short detail
 */
public record Fetched(String path, int status, String body, String failure) {

  public boolean answered() {
    return failure == null;
  }

  public boolean ok() {
    return failure == null && status == 200;
  }

  /** The body as a JSON object, or null when it is not one. */
  public JsonNode json() {
    if (!ok() || body == null) {
      return null;
    }
    try {
      JsonNode node = Es.JSON.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** What went wrong, in the words health reasons use, or null when the answer is a 200. */
  public String problem() {
    if (failure != null) {
      return failure;
    }
    return status == 200 ? null : "endpoint-failed: " + path + " answered HTTP " + status;
  }
}
