package io.quanta.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quanta.contract.finding.Finding;
import io.quanta.runtime.config.Secret;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a small HTTP server standing in for the dictionary, which does not exist yet. */
class DictionaryContractSourceTest {

  static final String PARTY = """
      {"id": "party", "versions": [
        {"apiVersion": "v3.1.0", "kind": "DataContract", "id": "party", "version": "1.0.0", "status": "active"},
        {"apiVersion": "v3.1.0", "kind": "DataContract", "id": "party", "version": "1.1.0", "status": "active"}]}
      """;

  HttpServer server;
  Map<String, String> answers = new ConcurrentHashMap<>();
  List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void reads_every_version_the_dictionary_holds_with_the_token() {
    answers.put("/api/contracts/party", "200 " + PARTY);
    DictionaryContractSource source = source(Secret.of("dict-token"));

    assertThat(source.versions("party")).containsExactlyInAnyOrder("1.0.0", "1.1.0");
    assertThat(source.get("party", "1.1.0")).hasValueSatisfying(c -> assertThat(c.version()).isEqualTo("1.1.0"));
    assertThat(source.get("party", "2.0.0")).isEmpty();
    assertThat(source.problems()).isEmpty();
    assertThat(requests).containsExactly("GET /api/contracts/party Bearer dict-token");
  }

  @Test
  void an_unknown_contract_is_no_problem() {
    DictionaryContractSource source = source(null);

    assertThat(source.versions("nobody")).isEmpty();
    assertThat(source.problems()).isEmpty();
    assertThat(requests).containsExactly("GET /api/contracts/nobody -");
  }

  @Test
  void an_error_status_or_a_wrong_answer_is_a_warning_finding() {
    answers.put("/api/contracts/party", "503 {}");
    answers.put("/api/contracts/orders", "200 {\"contracts\": []}");
    answers.put("/api/contracts/mixed", "200 {\"versions\": [{\"id\": \"other\", \"version\": \"1.0.0\"}, 42]}");
    DictionaryContractSource source = source(null);

    assertThat(source.versions("party")).isEmpty();
    assertThat(source.versions("orders")).isEmpty();
    assertThat(source.versions("mixed")).isEmpty();
    assertThat(source.problems()).extracting(Finding::code)
        .containsExactly("dictionary-unreachable", "dictionary-bad-answer", "dictionary-bad-answer",
            "dictionary-bad-answer");
    assertThat(source.problems().get(0).message()).contains("HTTP 503");
    assertThat(source.problems().get(2).message()).contains("versions/0 is not a version of mixed");
  }

  @Test
  void a_dictionary_that_is_down_or_slow_is_a_finding_within_the_timeout() {
    answers.put("/api/contracts/slow", "sleep");
    DictionaryContractSource slow = source(null);
    DictionaryContractSource down = new DictionaryContractSource("http://127.0.0.1:1", null, Duration.ofSeconds(1));

    long started = System.nanoTime();
    assertThat(slow.versions("slow")).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(down.versions("party")).isEmpty();
    assertThat(slow.problems()).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo("dictionary-unreachable"));
    assertThat(down.problems()).singleElement().satisfies(f -> assertThat(f.message()).contains("cannot be reached"));
  }

  @Test
  void asks_once_per_id() {
    answers.put("/api/contracts/party", "200 " + PARTY);
    DictionaryContractSource source = source(null);

    source.versions("party");
    source.get("party", "1.0.0");
    source.versions("party");

    assertThat(requests).hasSize(1);
  }

  private DictionaryContractSource source(Secret token) {
    return new DictionaryContractSource("http://127.0.0.1:" + server.getAddress().getPort() + "/", token,
        Duration.ofSeconds(1));
  }

  private void answer(HttpExchange exchange) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    String path = exchange.getRequestURI().getRawPath();
    requests.add(exchange.getRequestMethod() + " " + path + " " + (auth == null ? "-" : auth));
    String answer = answers.getOrDefault(path, "404 {}");
    if (answer.equals("sleep")) {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      answer = "200 {\"versions\": []}";
    }
    byte[] body = answer.substring(4).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(Integer.parseInt(answer.substring(0, 3)), body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
