package io.quanta.cli.mesh;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mesh's dictionary: {@code quanta dictionary} in a process of its own (which starts the embedded
 * Elasticsearch unless {@code QUANTA_ES_URL} is set), the base contracts of {@code mesh.yaml} published
 * to it, and a wait until it has crawled every quantum, so that "ready" means "searchable".
 */
final class MeshDictionary {

  /** The local token quanta announce with and base contracts are published with; documented in docs/mesh.md. */
  static final String MESH_TOKEN = "dev-mesh-token";

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final MeshMember member;

  private MeshDictionary(MeshMember member) {
    this.member = member;
  }

  static MeshDictionary start(MeshHome home, int port, Map<String, String> environment, PrintWriter err,
      List<Runnable> stops) throws IOException {
    Map<String, String> env = new HashMap<>(environment);
    env.put("QUANTA_TOKENS", MESH_TOKEN + "=mesh:publisher");
    Path log = home.log("dictionary");
    List<String> arguments = new ArrayList<>(List.of("dictionary", "--port", String.valueOf(port),
        "--data", home.dictionary().toString()));
    Process process = JavaChild.start(arguments, env, home.root(), log);
    // Stopped after the quanta (stops run in order, quanta are put first), before the storage.
    stops.add(0, () -> JavaChild.stopAll(List.of(process.toHandle()), 90));
    String es = System.getenv("QUANTA_ES_URL");
    err.println("quanta mesh up: starting the dictionary on port " + port + (es == null || es.isBlank()
        ? " with an embedded Elasticsearch (data in " + home.dictionary() + "; the first start unpacks it)"
        : " on " + es.replaceAll("//[^/@]*@", "//****@") + " (QUANTA_ES_URL)") + " (log: " + log + ")");
    return new MeshDictionary(new MeshMember("dictionary", MeshMember.DICTIONARY, "", "http://localhost:" + port,
        process.pid(), log.toString()));
  }

  MeshMember member() {
    return member;
  }

  String url() {
    return member.url();
  }

  /** Publishes each base contract (PUT /api/contracts/{id}); a refusal is reported, not fatal. */
  void publish(List<Path> contracts, PrintWriter err) throws InterruptedException {
    for (Path file : contracts) {
      try {
        String yaml = Files.readString(file);
        String id = io.quanta.contract.codec.ContractCodec.read(yaml).id();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/api/contracts/" + id))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + MESH_TOKEN)
            .header("Content-Type", "application/yaml")
            .PUT(HttpRequest.BodyPublishers.ofString(yaml)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 || response.statusCode() == 201) {
          err.println("quanta mesh up: published base contract " + id + " to the dictionary");
        } else {
          err.println("quanta mesh up: the dictionary refused " + file.getFileName() + " (HTTP " + response.statusCode()
              + "): " + response.body());
        }
      } catch (IOException | RuntimeException | io.quanta.contract.codec.ContractSyntaxException
          | io.quanta.contract.codec.ContractBindingException e) {
        err.println("quanta mesh up: cannot publish " + file + ": " + e.getMessage());
      }
    }
  }

  private static boolean crawled(String quantum) {
    try {
      String health = JSON.readTree(quantum).path("health").asText("pending");
      return !health.equals("pending");
    } catch (IOException e) {
      return false;
    }
  }

  /** Waits until the dictionary has crawled every quantum at least once; true when it has. */
  boolean awaitCrawled(List<String> ids, Instant deadline, java.util.function.BooleanSupplier cancelled,
      PrintWriter err) throws InterruptedException {
    List<String> waiting = new ArrayList<>(ids);
    err.println("quanta mesh up: waiting for the dictionary to crawl " + waiting.size() + " quanta...");
    err.flush();
    while (!waiting.isEmpty() && Instant.now().isBefore(deadline) && !cancelled.getAsBoolean()) {
      waiting.removeIf(id -> Readiness.get(url() + "/api/quanta/" + id)
          .filter(r -> r.statusCode() == 200 && crawled(r.body()))
          .isPresent());
      if (!waiting.isEmpty()) {
        Thread.sleep(500);
      }
    }
    if (!waiting.isEmpty()) {
      err.println("quanta mesh up: the dictionary has not crawled " + waiting + " yet (log: " + member.log() + ")");
      return false;
    }
    err.println("quanta mesh up: every quantum is in the dictionary");
    return true;
  }
}
