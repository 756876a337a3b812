package io.quanta.dictionary.testing;

import io.quanta.dictionary.es.EmbeddedElasticsearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * One real Elasticsearch for the whole test JVM (started on first use under {@code target/it-elasticsearch},
 * stopped at exit), shared by every test through its own index prefix. Tests about Elasticsearch going away
 * may {@link #stop()} and {@link #restart()} it, on the same port and data.
 */
public final class TestElasticsearch {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Path HOME = Path.of("target", "it-elasticsearch").toAbsolutePath();
  private static EmbeddedElasticsearch embedded;
  private static int port;

  private TestElasticsearch() {
  }

  /** The base URL, starting Elasticsearch on first call (and dropping the test indices an earlier run left). */
  public static synchronized String url() {
    if (embedded == null) {
      boolean first = port == 0;
      embedded = EmbeddedElasticsearch.start(HOME, port, line -> System.err.println("[it-elasticsearch] " + line));
      port = Integer.parseInt(embedded.url().substring(embedded.url().lastIndexOf(':') + 1));
      if (first) {
        dropIndices("it-*");
      }
    }
    return embedded.url();
  }

  /** Deletes the indices matching a pattern (Elasticsearch refuses wildcards in deletes: they are listed first). */
  public static void dropIndices(String pattern) {
    HttpResponse<String> listed = send(HttpRequest.newBuilder(URI.create(embedded.url() + "/_cat/indices/" + pattern
        + "?h=index")).GET().build());
    String names = String.join(",", listed.body().trim().split("\\s+"));
    if (listed.statusCode() == 200 && !names.isBlank()) {
      send(HttpRequest.newBuilder(URI.create(embedded.url() + "/" + names)).DELETE().build());
    }
  }

  /** Sends {@code method path} with a JSON (or NDJSON) body, or none, to the test Elasticsearch. */
  public static HttpResponse<String> request(String method, String path, String body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url() + path)).header("Content-Type",
        path.contains("_bulk") ? "application/x-ndjson" : "application/json");
    return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** Sends a request with the tests' one HTTP client; I/O failures and interrupts become unchecked. */
  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops it (the data stays); the next {@link #url()} or {@link #restart()} starts it again on the same port. */
  public static synchronized void stop() {
    url();
    embedded.stop();
    embedded = null;
  }

  /** Starts it again after {@link #stop()}. */
  public static synchronized String restart() {
    return url();
  }
}
