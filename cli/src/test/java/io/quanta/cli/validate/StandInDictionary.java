package io.quanta.cli.validate;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the dictionary's read API on a real port: answers the paths it was given with JSON, 404
 * otherwise, and records the Authorization header of every request.
 */
final class StandInDictionary implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  final List<String> authorizations = new CopyOnWriteArrayList<>();

  StandInDictionary() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      String body = answers.get(exchange.getRequestURI().getPath());
      byte[] bytes = (body == null ? "{\"code\":\"not-found\"}" : body).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  StandInDictionary answer(String path, String json) {
    answers.put(path, json);
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
