package io.quanta.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.config.Secret;
import io.quanta.runtime.testing.TestQuantum;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quantum's storage going away and coming back, on a MariaDB of the test's own. */
class StorageRecoveryIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: storage-down
      name: Storage down
      version: 1.0.0
      status: active
      schema:
        - name: items
          properties:
            - {name: item_id, logicalType: integer, primaryKey: true}
            - {name: label, logicalType: string}
      """;

  @Test
  void answers_503_while_storage_is_down_and_recovers_by_itself(@TempDir Path dir) throws Exception {
    int port = freePort();
    Path data = dir.resolve("mariadb");
    EmbeddedDatabase database = EmbeddedDatabase.start(data, port);
    DatabaseServer server = database.server();
    Map<String, String> env = Map.of("QUANTA_JDBC_URL", server.jdbcUrl(), "QUANTA_DB_ADMIN_USER", server.adminUser(),
        "QUANTA_DB_ADMIN_PASSWORD", Secret.reveal(server.adminPassword()));
    try (TestQuantum quantum = TestQuantum.start(dir.resolve("q"), CONTRACT, "id: storage-down\n", env,
        TestQuantum.ALLOW_EVERY_READ, false)) {
      try (var c = DriverManager.getConnection(server.jdbcUrl() + "storage_down", server.adminUser(),
          Secret.reveal(server.adminPassword())); var s = c.createStatement()) {
        s.execute("INSERT INTO items VALUES (1, 'kept')");
      }
      assertThat(quantum.get("/data/items").body()).contains("kept");

      database.close();
      HttpResponse<String> down = quantum.get("/data/items");
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.headers().firstValue("Retry-After")).isPresent();
      assertThat(down.body()).contains("storage-unavailable");
      assertThat(quantum.get("/observability/ready").statusCode()).isEqualTo(503);
      assertThat(quantum.get("/observability/health").statusCode()).isEqualTo(200);

      database = EmbeddedDatabase.start(data, port);
      HttpResponse<String> back = awaitStatus(quantum, "/data/items", 200, Duration.ofSeconds(30));
      assertThat(back.body()).contains("kept");
      assertThat(quantum.get("/observability/ready").statusCode()).isEqualTo(200);
    } finally {
      database.close();
    }
  }

  private static HttpResponse<String> awaitStatus(TestQuantum quantum, String path, int status, Duration patience)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    HttpResponse<String> last = quantum.get(path);
    while (last.statusCode() != status && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      last = quantum.get(path);
    }
    assertThat(last.statusCode()).as("%s after storage came back: %s", path, last.body()).isEqualTo(status);
    return last;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
