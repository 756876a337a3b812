package io.quanta.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestQuantum;
import io.vertx.core.Future;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GracefulShutdownIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: big-events
      version: 1.0.0
      status: active
      schema:
        - name: events
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
            - {name: payload, logicalType: string}
      """;
  /** About 24 MB of JSON: far more than socket buffers hold, so the stream is mid-way when close() starts. */
  static final int ROWS = 200_000;

  @Test
  void close_lets_an_in_flight_stream_finish_and_refuses_new_connections(@TempDir Path dir) throws Exception {
    TestQuantum quantum = TestQuantum.start(dir.resolve("big"), CONTRACT,
        "id: big-events\nserver: {shutdownGraceSeconds: 30}\n");
    try {
      TestDatabase.execute(quantum.database(), "INSERT INTO events SELECT seq, REPEAT('x', 100) FROM seq_1_to_" + ROWS);
      int port = quantum.running().port();
      // The JDK client offers an h2c upgrade by default; the quantum answers in HTTP/1.1.
      HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(quantum.url("/data/events"))).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      InputStream in = response.body();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.write(in.readNBytes(64 * 1024));

      Future<Void> closing = quantum.running().close();
      assertThat(waitUntilRefused(port)).as("new connections are refused while draining").isTrue();
      assertThat(closing.isComplete()).as("close waits for the in-flight response").isFalse();
      byte[] buffer = new byte[16 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        body.write(buffer, 0, n);
        Thread.sleep(1);
      }

      assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
      JsonNode rows = new ObjectMapper().readTree(body.toByteArray());
      assertThat(rows).hasSize(ROWS);
      assertThat(rows.get(ROWS - 1).get("id").asInt()).isEqualTo(ROWS);
      closing.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } finally {
      quantum.close();
    }
  }

  private static boolean waitUntilRefused(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      if (refused(port)) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  private static boolean refused(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 1000);
      return false;
    } catch (ConnectException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
