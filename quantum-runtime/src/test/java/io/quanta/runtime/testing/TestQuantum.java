package io.quanta.runtime.testing;

import io.quanta.runtime.QuantumMain;
import io.quanta.runtime.QuantumVertx;
import io.quanta.runtime.config.ConfigLoader;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.data.ReadAuthorizer;
import io.quanta.runtime.storage.DatabaseServer;
import io.vertx.core.Future;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A real quantum for integration tests: a folder with {@code quantum.yaml} and a contract, started on
 * port 0 against {@link TestDatabase}, with plain {@code java.net.http} calls against it.
 *
 * <pre>{@code
 * try (TestQuantum q = TestQuantum.start(dir, contractYaml, quantumYaml)) {
 *   HttpResponse<String> r = q.get("/data/orders");
 * }
 * }</pre>
 */
public final class TestQuantum implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final QuantumVertx vertx;
  private final QuantumMain.Running running;

  private TestQuantum(QuantumVertx vertx, QuantumMain.Running running) {
    this.vertx = vertx;
    this.running = running;
  }

  /** The test-only read authorizer that lets every read through, for tests that are not about access. */
  public static final ReadAuthorizer ALLOW_EVERY_READ = (ctx, table) -> Future.succeededFuture();

  /** Writes the folder and starts the quantum; {@code env} adds to the storage variables. */
  public static TestQuantum start(Path dir, String contractYaml, String quantumYaml, Map<String, String> env,
      ReadAuthorizer readAccess) {
    return start(dir, contractYaml, quantumYaml, env, readAccess, true);
  }

  /**
   * As above; {@code fresh} drops the quantum's database first (the test server's data survives between
   * runs), false keeps it, for restart tests.
   */
  public static TestQuantum start(Path dir, String contractYaml, String quantumYaml, Map<String, String> env,
      ReadAuthorizer readAccess, boolean fresh) {
    return launch(dir, contractYaml, quantumYaml, env, Objects.requireNonNull(readAccess), fresh);
  }

  /** The owner token that {@link #start(Path, String, String)} configures, for control calls. */
  public static final String OWNER_TOKEN = "test-owner-token";

  /**
   * Starts with every read allowed and one owner token ({@link #OWNER_TOKEN}), for tests that are not
   * about access.
   */
  public static TestQuantum start(Path dir, String contractYaml, String quantumYaml) {
    return start(dir, contractYaml, quantumYaml, Map.of("QUANTA_TOKENS", OWNER_TOKEN + "=test-owner:owner"),
        ALLOW_EVERY_READ);
  }

  /** A request builder for a path, signed in as the owner of {@link #start(Path, String, String)}. */
  public HttpRequest.Builder asOwner(String path) {
    return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + OWNER_TOKEN);
  }

  /** Starts as {@code quanta run} does: data reads decided by the contract's roles and the grants. */
  public static TestQuantum secured(Path dir, String contractYaml, String quantumYaml, Map<String, String> env) {
    return launch(dir, contractYaml, quantumYaml, env, null, true);
  }

  private static TestQuantum launch(Path dir, String contractYaml, String quantumYaml, Map<String, String> env,
      ReadAuthorizer readAccess, boolean fresh) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("contract.odcs.yaml"), contractYaml);
      Files.writeString(dir.resolve("quantum.yaml"), quantumYaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> variables = new HashMap<>(env);
    if (!variables.containsKey("QUANTA_JDBC_URL")) {
      DatabaseServer server = TestDatabase.server();
      variables.put("QUANTA_JDBC_URL", server.jdbcUrl());
      variables.putIfAbsent("QUANTA_DB_ADMIN_USER", server.adminUser());
      variables.putIfAbsent("QUANTA_DB_ADMIN_PASSWORD", io.quanta.runtime.config.Secret.reveal(server.adminPassword()));
    }
    QuantumConfig config = new ConfigLoader(variables::get).read(dir, 0);
    if (fresh) {
      try {
        TestDatabase.execute("", "DROP DATABASE IF EXISTS `" + config.storage().database() + "`");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("cannot reset the test database " + config.storage().database(), e);
      }
    }
    QuantumVertx vertx = QuantumVertx.create();
    try {
      QuantumMain.Running running = readAccess == null ? QuantumMain.start(vertx, config).await()
          : QuantumMain.start(vertx, config, readAccess).await();
      return new TestQuantum(vertx, running);
    } catch (RuntimeException e) {
      vertx.close().await();
      throw e;
    }
  }

  public QuantumMain.Running running() {
    return running;
  }

  public String url(String path) {
    return "http://localhost:" + running.port() + path;
  }

  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The quantum's own database name, for seeding rows as admin. */
  public String database() {
    return running.quantum().storage().database();
  }

  @Override
  public void close() {
    // Two steps: a continuation of close() would otherwise be scheduled on the closed Vert.x and never run.
    try {
      running.close().await();
    } finally {
      vertx.close().await();
    }
  }
}
