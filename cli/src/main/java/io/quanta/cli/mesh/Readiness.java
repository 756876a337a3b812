package io.quanta.cli.mesh;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a member of the mesh whether it is ready, over HTTP, without ever throwing. */
final class Readiness {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Readiness() {
  }

  /** True when {@code GET {url}/observability/ready} answers 200. */
  static boolean ready(String url) {
    return status(url + "/observability/ready") == 200;
  }

  /** The HTTP status of a GET, or -1 when nothing answers. */
  static int status(String url) {
    return get(url).map(HttpResponse::statusCode).orElse(-1);
  }

  /** The response of a GET within 3 s, or empty when nothing answers. */
  static java.util.Optional<HttpResponse<String>> get(String url) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
      return java.util.Optional.of(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException | IllegalArgumentException e) {
      return java.util.Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return java.util.Optional.empty();
    }
  }
}
