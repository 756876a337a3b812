package io.quanta.runtime.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stall guard against a real HTTP server that sends the start of a body and then nothing. */
class HttpInputTest {

  private HttpServer server;
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/stalls", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write("id,name\n1,first\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (java.io.IOException gone) {
        // the client cut the body, as it should
      }
    });
    server.createContext("/whole", exchange -> {
      byte[] body = "id,name\n1,first\n".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  @Timeout(30)
  void a_body_that_sends_nothing_for_the_stall_time_is_cut_with_a_message_that_says_so() throws Exception {
    try (InputStream in = HttpInput.open(uri("/stalls"), null, "text/csv", "source raw", Duration.ofSeconds(1))) {
      byte[] start = in.readNBytes(16);
      assertThat(new String(start, StandardCharsets.UTF_8)).isEqualTo("id,name\n1,first\n");

      assertThatThrownBy(in::read).isInstanceOf(TransportException.class)
          .hasMessageContaining("source raw")
          .hasMessageContaining("after 16 bytes")
          .hasMessageContaining("nothing received for 1 s (pipeline.stallSeconds)");
    }
  }

  @Test
  @Timeout(30)
  void a_body_that_keeps_coming_is_read_to_its_end() throws Exception {
    try (InputStream in = HttpInput.open(uri("/whole"), null, "text/csv", "source raw", Duration.ofSeconds(1))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("id,name\n1,first\n");
    }
  }
}
