package io.quanta.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.quanta.runtime.registry.FakeDictionary.Announcement;
import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.Future;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class DictionaryAnnouncerIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: shop-orders
      version: 1.0.0
      status: active
      schema:
        - name: orders
          properties:
            - {name: order_id, logicalType: integer, primaryKey: true}
      """;
  static final String TOKEN = "dictionary-s3cret-token";

  @TempDir
  Path dir;
  ListAppender<ILoggingEvent> logs = new ListAppender<>();
  Logger logger = (Logger) LoggerFactory.getLogger(DictionaryAnnouncer.class);

  @BeforeEach
  void captureLogs() {
    logs.start();
    logger.addAppender(logs);
    logger.setLevel(Level.DEBUG);
  }

  @AfterEach
  void releaseLogs() {
    logger.detachAppender(logs);
  }

  @Test
  void announces_at_start_with_url_id_and_token_then_sends_heartbeats() throws Exception {
    try (FakeDictionary dictionary = FakeDictionary.start(0);
        TestQuantum quantum = start(dictionary.url() + "/")) {
      Announcement first = dictionary.next(10);
      Announcement second = dictionary.next(5);

      assertThat(first).isNotNull();
      assertThat(first.method()).isEqualTo("POST");
      assertThat(first.path()).isEqualTo("/api/quanta");
      assertThat(first.authorization()).isEqualTo("Bearer " + TOKEN);
      assertThat(first.body().getMap()).isEqualTo(Map.of("url", quantum.url(""), "id", "shop-orders"));
      assertThat(second).as("a heartbeat within a few seconds").isNotNull();
      assertThat(second.body()).isEqualTo(first.body());
    }
    assertThat(messages()).hasSize(1).allMatch(m -> m.startsWith("INFO announced http://localhost:"));
  }

  @Test
  void keeps_serving_while_the_dictionary_is_down_and_announces_once_it_is_up() throws Exception {
    int port = freePort();
    try (TestQuantum quantum = start("http://localhost:" + port)) {
      for (int i = 0; i < 5; i++) {
        assertThat(quantum.get("/observability/ready").statusCode()).isEqualTo(200);
        Thread.sleep(500);
      }
      assertThat(messages()).as("logged once, not per attempt").hasSize(1)
          .allMatch(m -> m.startsWith("WARN cannot announce to the dictionary at http://localhost:" + port));

      try (FakeDictionary dictionary = FakeDictionary.start(port)) {
        Announcement late = dictionary.next(10);

        assertThat(late).isNotNull();
        assertThat(late.body().getString("id")).isEqualTo("shop-orders");
        assertThat(quantum.get("/observability/ready").statusCode()).isEqualTo(200);
        assertThat(dictionary.next(5)).as("heartbeats resume").isNotNull();
      }
    }
    List<String> messages = messages();
    assertThat(messages).hasSize(2);
    assertThat(messages.get(1))
        .startsWith("INFO the dictionary at http://localhost:" + port + "/api/quanta is reachable again");
    assertThat(String.join("\n", messages)).doesNotContain(TOKEN);
  }

  @Test
  void an_error_status_counts_as_down_until_the_dictionary_accepts() throws Exception {
    try (FakeDictionary dictionary = FakeDictionary.start(0).answer(401);
        TestQuantum quantum = start(dictionary.url())) {
      assertThat(dictionary.next(10)).isNotNull();
      assertThat(dictionary.next(5)).as("retried").isNotNull();
      dictionary.answer(204);
      while (messages().size() < 2 && dictionary.next(5) != null) {
        // retries until one is accepted and logged
      }
      assertThat(quantum.get("/observability/ready").statusCode()).isEqualTo(200);
    }
    List<String> messages = messages();
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).contains("(HTTP 401 Unauthorized)");
    assertThat(messages.get(1)).contains("is reachable again");
    assertThat(String.join("\n", messages)).doesNotContain(TOKEN);
  }

  @Test
  void stops_heartbeats_when_the_quantum_closes() throws Exception {
    try (FakeDictionary dictionary = FakeDictionary.start(0)) {
      try (TestQuantum quantum = start(dictionary.url())) {
        assertThat(dictionary.next(10)).isNotNull();
      }
      while (dictionary.next(0) != null) {
        // drop a heartbeat that was already on the wire when the quantum closed
      }
      assertThat(dictionary.next(3)).isNull();
    }
  }

  private TestQuantum start(String dictionaryUrl) {
    return TestQuantum.start(dir.resolve("shop"), CONTRACT,
        "id: shop-orders\ndictionary: {url: '" + dictionaryUrl + "', heartbeatSeconds: 1}\n",
        Map.of("QUANTA_DICTIONARY_TOKEN", TOKEN), (ctx, table) -> Future.succeededFuture());
  }

  private List<String> messages() {
    return logs.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
