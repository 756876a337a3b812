package io.quanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code quanta dictionary} as a child JVM with its embedded Elasticsearch, as a user would: it unpacks
 * Elasticsearch once, prints progress, serves the API, keeps its data across a restart, and on SIGTERM stops
 * Elasticsearch too, leaving no process behind.
 */
class DictionaryCommandIT {

  static final Path DATA = Path.of("target", "it-dictionary-cli").toAbsolutePath();
  static final String TOKEN = "cli-dictionary-token";
  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: cli-base
      version: 1.0.0
      status: active
      """;

  @TempDir
  Path dir;
  Process child;
  List<ProcessHandle> family = List.of();

  @AfterEach
  void killLeftovers() {
    family.forEach(ProcessHandle::destroyForcibly);
    if (child != null) {
      child.destroyForcibly();
    }
  }

  @Test
  void serves_keeps_its_data_across_a_restart_and_stops_elasticsearch_on_sigterm() throws Exception {
    String url = start("first");
    HttpResponse<String> published = http(HttpRequest.newBuilder(URI.create(url + "/api/contracts/cli-base"))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/yaml")
        .PUT(HttpRequest.BodyPublishers.ofString(CONTRACT)).build());
    assertThat(published.statusCode()).isIn(200, 201);
    assertThat(http(HttpRequest.newBuilder(URI.create(url + "/observability/ready")).build()).statusCode())
        .isEqualTo(200);
    stop("first");

    String again = start("second");
    HttpResponse<String> kept = http(HttpRequest.newBuilder(URI.create(again + "/api/contracts/cli-base")).build());
    assertThat(kept.statusCode()).isEqualTo(200);
    assertThat(kept.body()).contains("\"id\":\"cli-base\"");
    assertThat(Files.readString(dir.resolve("second.err"))).doesNotContain("unpacking Elasticsearch");
    stop("second");
  }

  @Test
  void a_bad_setting_is_one_sentence_and_exit_code_2() throws Exception {
    ProcessBuilder builder = command("bad", "--es-url", "not-a-url");
    Process bad = builder.start();

    assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(bad.exitValue()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("bad.err"))).contains("quanta dictionary: elasticsearch.url");
  }

  private String start(String name) throws Exception {
    child = command(name, "--port", "0", "--data", DATA.toString()).start();
    String url = await(name + ".out", Pattern.compile("dictionary ready at (http://\\S+) "), 240);
    family = child.descendants().toList();
    assertThat(family).as("Elasticsearch runs as a child process").isNotEmpty();
    assertThat(Files.readString(dir.resolve(name + ".err"))).contains("Elasticsearch is green");
    return url;
  }

  private void stop(String name) throws Exception {
    child.destroy();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isZero();
    for (ProcessHandle process : family) {
      process.onExit().get(60, TimeUnit.SECONDS);
    }
    assertThat(family).noneMatch(ProcessHandle::isAlive);
    assertThat(Files.readString(dir.resolve(name + ".err"))).contains("SIGTERM received", "stopping Elasticsearch",
        "quanta dictionary: stopped");
  }

  private ProcessBuilder command(String name, String... args) {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        QuantaCli.class.getName(), "dictionary"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile());
    builder.environment().put("QUANTA_TOKENS", TOKEN + "=tester");
    builder.environment().put("QUANTA_LOG_LEVEL", "INFO");
    return builder;
  }

  private static HttpResponse<String> http(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String await(String stream, Pattern pattern, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String text = "";
    while (System.nanoTime() < deadline) {
      text = Files.readString(dir.resolve(stream));
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        return m.group(1);
      }
      if (!child.isAlive()) {
        break;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no line matching " + pattern + " in " + stream + ":\n" + text + "\nerr:\n"
        + Files.readString(dir.resolve(stream.replace(".out", ".err"))));
  }
}
