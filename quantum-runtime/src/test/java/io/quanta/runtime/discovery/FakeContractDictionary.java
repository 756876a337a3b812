package io.quanta.runtime.discovery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the dictionary (which does not exist yet): {@code GET /api/contracts/{id}} answers the
 * versions it was given, anything else 404; announcements ({@code POST /api/quanta}) are accepted.
 */
final class FakeContractDictionary implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, String> contracts = new ConcurrentHashMap<>();

  private FakeContractDictionary() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::answer);
    server.start();
  }

  static FakeContractDictionary start() {
    return new FakeContractDictionary();
  }

  /** Serves these versions (ODCS contracts as JSON) for the id. */
  FakeContractDictionary holds(String id, String... versionsJson) {
    contracts.put("/api/contracts/" + id, "{\"id\": \"" + id + "\", \"versions\": [" + String.join(",", versionsJson)
        + "]}");
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = exchange.getRequestMethod().equals("GET") ? contracts.get(exchange.getRequestURI().getRawPath())
        : null;
    int status = exchange.getRequestMethod().equals("POST") ? 204 : body == null ? 404 : 200;
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    if (status != 204) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
