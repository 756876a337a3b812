package io.quanta.dictionary.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.dictionary.es.Es;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One answer of a quantum: the status and body, or why there is none. The body is kept as the bytes received,
 * read as JSON straight from them (at most once) and decoded as text only when asked for.
 */
public final class Fetched {

  private final String path;
  private final int status;
  private final byte[] bytes;
  private String body;
  private final String failure;
  private JsonNode json;
  private boolean parsed;

  /**
   * @param path the path asked, for messages ({@code /discovery/contract})
   * @param status the HTTP status, 0 when there was no answer
   * @param body the body as received (UTF-8), null when there was no answer
   * @param failure null when the quantum answered; else {@code timeout}, {@code connection-refused},
   *     {@code unreachable} or {@code too-large}, followed by a short detail
   */
  public Fetched(String path, int status, byte[] body, String failure) {
    this.path = path;
    this.status = status;
    this.bytes = body;
    this.failure = failure;
  }

  /** No answer: why there is none (see the constructor's {@code failure}). */
  public static Fetched failed(String path, String failure) {
    return new Fetched(path, 0, (byte[]) null, failure);
  }

  /** An answer whose body is given as text. */
  public Fetched(String path, int status, String body, String failure) {
    this(path, status, body == null ? null : body.getBytes(StandardCharsets.UTF_8), failure);
    this.body = body;
  }

  public String path() {
    return path;
  }

  public int status() {
    return status;
  }

  /** The body as text, null when there was no answer. */
  public String body() {
    if (body == null && bytes != null) {
      body = new String(bytes, StandardCharsets.UTF_8);
    }
    return body;
  }

  /** The body's size in bytes, 0 when there was no answer. */
  public int size() {
    return bytes == null ? 0 : bytes.length;
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
      if (ok() && bytes != null) {
        try {
          JsonNode node = Es.JSON.readTree(bytes);
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
