package io.quanta.dictionary.es;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Waits for a starting Elasticsearch to be green, saying so every 5 s, and fails early when it exits. */
final class GreenWait {

  private GreenWait() {
  }

  static void await(Process process, String url, Path console, Duration timeout, Consumer<String> progress) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=green&timeout=1s"))
        .timeout(Duration.ofSeconds(5)).GET().build();
    long start = System.nanoTime();
    long lastReport = start;
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Elasticsearch stopped during start-up (exit " + process.exitValue() + "): "
            + tail(console) + " (see " + console + ")");
      }
      try {
        HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"status\":\"green\"")) {
          progress.accept("Elasticsearch is green at " + url + " after "
              + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s");
          return;
        }
      } catch (IOException e) {
        sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
      }
      long now = System.nanoTime();
      if (Duration.ofNanos(now - start).compareTo(timeout) > 0) {
        throw new IllegalStateException("Elasticsearch was not green within " + timeout.toSeconds() + " s (see "
            + console + ")");
      }
      if (Duration.ofNanos(now - lastReport).toSeconds() >= 5) {
        lastReport = now;
        progress.accept("waiting for Elasticsearch to be green (" + Duration.ofNanos(now - start).toSeconds() + " s)...");
      }
    }
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    } catch (IOException e) {
      return "(no output)";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
