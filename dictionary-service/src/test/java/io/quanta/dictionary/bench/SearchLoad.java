package io.quanta.dictionary.bench;

import io.quanta.dictionary.index.Indices;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk} with 32 connections and reads its p99, for a GET URL or a POST of a body to Elasticsearch. */
final class SearchLoad {

  static final String DURATION = "20s";
  private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
  private static Path script;

  private SearchLoad() {
  }

  /** The Elasticsearch search URL of both indices; writes the wrk script that POSTs {@code body}. */
  static String direct(String esUrl, Indices indices, String body) throws IOException {
    script = Files.createTempFile("es-search", ".lua");
    Files.writeString(script, "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
        + "wrk.body = [==[" + body + "]==]\n");
    return esUrl + "/" + indices.both() + "/_search";
  }

  /** A few requests each way, so the first measured second is not the JIT's. */
  static void warm(String api, String direct) throws Exception {
    for (int i = 0; i < 200; i++) {
      DictionaryBenchmark.HTTP.send(HttpRequest.newBuilder(URI.create(api)).build(),
          HttpResponse.BodyHandlers.discarding());
      DictionaryBenchmark.HTTP.send(HttpRequest.newBuilder(URI.create(direct)).header("Content-Type",
          "application/json").POST(HttpRequest.BodyPublishers.ofString(Files.readString(script))).build(),
          HttpResponse.BodyHandlers.discarding());
    }
  }

  /** The p99 latency in ms of {@code wrk -t2 -c32 -d20s --latency}. */
  static double p99(String url, boolean post) throws Exception {
    ProcessBuilder builder = post
        ? new ProcessBuilder("wrk", "-t2", "-c32", "-d" + DURATION, "--latency", "-s", script.toString(), url)
        : new ProcessBuilder("wrk", "-t2", "-c32", "-d" + DURATION, "--latency", url);
    Process wrk = builder.redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes());
    wrk.waitFor();
    System.out.println(out.lines().filter(l -> l.contains("Requests/sec") || l.contains("99%") || l.contains("Non-2xx")
        || l.contains("requests in")).map(l -> "  " + l.trim()).reduce((a, b) -> a + "\n" + b).orElse(out));
    Matcher m = P99.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no p99 in wrk's output:\n" + out);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }
}
