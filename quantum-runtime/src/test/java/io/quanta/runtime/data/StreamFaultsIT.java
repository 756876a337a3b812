package io.quanta.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestQuantum;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults around the output port: a client that walks away mid-stream. */
class StreamFaultsIT {

  static final String CONTRACT = """
      apiVersion: v3.1.0
      kind: DataContract
      id: faults
      version: 1.0.0
      status: active
      schema:
        - name: events
          properties:
            - {name: id, logicalType: integer, primaryKey: true}
            - {name: payload, logicalType: string, physicalType: varchar(200)}
      """;

  @Test
  void clients_that_cut_a_stream_off_free_their_connection(@TempDir Path dir) throws Exception {
    try (TestQuantum quantum = TestQuantum.start(dir.resolve("q"), CONTRACT, "id: stream-cut\nstorage: {poolSize: 2}\n")) {
      TestDatabase.execute(quantum.database(),
          "INSERT INTO events SELECT seq, REPEAT('x', 200) FROM seq_1_to_200000");
      HttpClient client = HttpClient.newHttpClient();
      // More abandoned streams than the pool has connections: a leaked connection would starve the next read.
      for (int i = 0; i < 5; i++) {
        HttpResponse<InputStream> response = client.send(
            HttpRequest.newBuilder(URI.create(quantum.url("/data/events?format=csv"))).build(),
            HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
          assertThat(body.readNBytes(64 * 1024)).hasSize(64 * 1024);
        }
      }
      HttpResponse<String> after = quantum.get("/data/events?limit=3&format=ndjson");

      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.body().lines()).hasSize(3);
      assertThat(quantum.get("/observability/ready").statusCode()).isEqualTo(200);
    }
  }
}
