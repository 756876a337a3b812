package io.quanta.dictionary.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanta.dictionary.DictionaryMain;
import io.quanta.dictionary.config.DictionaryConfig;
import io.quanta.dictionary.config.DictionaryConfigLoader;
import io.quanta.runtime.QuantumVertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A real dictionary for integration tests: on port 0, against {@link TestElasticsearch} with indices of its own
 * (a fresh prefix per dictionary), one writer token ({@link #TOKEN}), and a crawler that comes round every
 * second or two. Plain {@code java.net.http} calls against it, and polling helpers for what the crawler does
 * in the background.
 */
public final class TestDictionary implements AutoCloseable {

  public static final String TOKEN = "test-dictionary-token";
  public static final ObjectMapper JSON = new ObjectMapper();

  private final QuantumVertx vertx;
  private final DictionaryMain.Running running;
  private final String prefix;

  private TestDictionary(QuantumVertx vertx, DictionaryMain.Running running, String prefix) {
    this.vertx = vertx;
    this.running = running;
    this.prefix = prefix;
  }

  /** A dictionary with default test settings; {@code env} adds or overrides {@code QUANTA_*} variables. */
  public static TestDictionary start(Path dataDir, Map<String, String> env) {
    return start(dataDir, env, null, TestElasticsearch.url());
  }

  /**
   * As above, with {@code settings} (YAML, or null) as the settings file, against an Elasticsearch at
   * {@code esUrl} (which may be down).
   */
  public static TestDictionary start(Path dataDir, Map<String, String> env, String settings, String esUrl) {
    String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> variables = new HashMap<>();
    variables.put("QUANTA_TOKENS", TOKEN + "=tester");
    variables.put("QUANTA_ES_INDEX_PREFIX", prefix);
    variables.put("QUANTA_CRAWL_INTERVAL_SECONDS", "2");
    variables.putAll(env);
    Path file = null;
    try {
      Files.createDirectories(dataDir);
      if (settings != null) {
        file = Files.writeString(dataDir.resolve("dictionary.yaml"), settings);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DictionaryConfig config = new DictionaryConfigLoader(variables::get)
        .load(new DictionaryConfigLoader.Overrides(file, 0, esUrl, dataDir));
    QuantumVertx vertx = QuantumVertx.create();
    try {
      return new TestDictionary(vertx, DictionaryMain.start(vertx, config, esUrl).await(), prefix);
    } catch (RuntimeException e) {
      vertx.close().await();
      throw e;
    }
  }

  public String url() {
    return "http://localhost:" + running.port();
  }

  public String indexPrefix() {
    return prefix;
  }

  public DictionaryMain.Running running() {
    return running;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url() + path)).GET().build());
  }

  /** GETs a path that must answer 200, as JSON. */
  public JsonNode json(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return parse(response.body());
  }

  /** A request signed in with {@link #TOKEN}. */
  public HttpRequest.Builder signedIn(String path) {
    return HttpRequest.newBuilder(URI.create(url() + path)).header("Authorization", "Bearer " + TOKEN);
  }

  public HttpResponse<String> announce(String quantumUrl, String id) {
    String body = id == null ? "{\"url\":\"" + quantumUrl + "\"}" : "{\"url\":\"" + quantumUrl + "\",\"id\":\"" + id + "\"}";
    return send(signedIn("/api/quanta").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public HttpResponse<String> publish(String id, String yaml) {
    return send(signedIn("/api/contracts/" + id).header("Content-Type", "application/yaml")
        .PUT(HttpRequest.BodyPublishers.ofString(yaml)).build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    return TestElasticsearch.send(request);
  }

  /** Polls {@code GET path} until its JSON satisfies {@code condition}; the last answer otherwise fails the test. */
  public JsonNode await(String path, Predicate<JsonNode> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = null;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = get(path);
      last = response.statusCode() + " " + response.body();
      if (response.statusCode() == 200) {
        JsonNode json = parse(response.body());
        if (condition.test(json)) {
          return json;
        }
      }
      sleep(250);
    }
    throw new AssertionError("GET " + path + " did not get there within " + timeout.toSeconds() + " s; last answer: "
        + (last == null ? "none" : last.substring(0, Math.min(2000, last.length()))));
  }

  public static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the dictionary and drops its indices (when Elasticsearch is up). */
  @Override
  public void close() {
    try {
      running.close().await();
    } finally {
      vertx.close().await();
      try {
        TestElasticsearch.dropIndices(prefix + "-*");
      } catch (RuntimeException e) {
        // Elasticsearch is down (a test stopped it): the next test JVM drops these.
      }
    }
  }
}
