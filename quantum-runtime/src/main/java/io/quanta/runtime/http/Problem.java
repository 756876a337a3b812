package io.quanta.runtime.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error a client can act on, rendered as {@code application/problem+json}: HTTP status, a stable
 * {@code code}, a title and a detail sentence. Causes are logged, never put in the body.
 */
public final class Problem extends RuntimeException {

  private final int status;
  private final String code;
  private final String title;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  public Problem(int status, String code, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.title = title;
  }

  public static Problem badRequest(String code, String detail) {
    return new Problem(400, code, "Bad request", detail);
  }

  public static Problem notFound(String code, String detail) {
    return new Problem(404, code, "Not found", detail);
  }

  public static Problem unauthorized(String detail) {
    return new Problem(401, "unauthenticated", "Unauthenticated", detail).header("WWW-Authenticate", "Bearer");
  }

  public static Problem forbidden(String code, String detail) {
    return new Problem(403, code, "Forbidden", detail);
  }

  public static Problem unavailable(String code, String detail, int retryAfterSeconds) {
    return new Problem(503, code, "Service unavailable", detail).header("Retry-After", Integer.toString(retryAfterSeconds));
  }

  /** Adds a response header (Retry-After, WWW-Authenticate…). */
  public Problem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Adds a member to the problem body (for example the allowed values). */
  public Problem with(String member, Object value) {
    extensions.put(member, value);
    return this;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public Map<String, String> headers() {
    return headers;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }
}
