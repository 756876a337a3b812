package io.quanta.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.inherit.ContractSource;
import io.quanta.contract.inherit.InMemoryContractSource;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parent contracts from the dictionary: {@code GET {dictionary}/api/contracts/{id}} (with the dictionary
 * token as a bearer token) answers {@code {"id": …, "versions": [<ODCS contract as JSON>, …]}}, every
 * version it holds; 404 means it knows no such contract. Each id is asked once per source, so make a new
 * source per resolution. Blocking: call it from a worker thread. A dictionary that cannot be reached or
 * answers something else is a warning finding, reported by the resolver when a parent is then missing.
 */
public final class DictionaryContractSource implements ContractSource {

  /** Where contracts are read from, relative to the dictionary's base URL. */
  public static final String PATH = "/api/contracts/";

  private final String baseUrl;
  private final Secret token;
  private final Duration timeout;
  private final HttpClient client;
  private final InMemoryContractSource fetched = new InMemoryContractSource();
  private final Set<String> asked = new HashSet<>();
  private final List<Finding> problems = new ArrayList<>();

  public DictionaryContractSource(String baseUrl, Secret token, Duration timeout) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.token = token;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public synchronized List<String> versions(String id) {
    fetch(id);
    return fetched.versions(id);
  }

  @Override
  public synchronized Optional<DataContract> get(String id, String version) {
    fetch(id);
    return fetched.get(id, version);
  }

  @Override
  public synchronized List<Finding> problems() {
    return List.copyOf(problems);
  }

  private void fetch(String id) {
    if (!asked.add(id)) {
      return;
    }
    String url = baseUrl + PATH + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
        .header("Accept", "application/json").GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token.value());
    }
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      unreachable(url, "the dictionary cannot be reached (" + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage()) + ")");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      unreachable(url, "interrupted while asking the dictionary");
      return;
    }
    if (response.statusCode() == 404) {
      return;
    }
    if (response.statusCode() != 200) {
      unreachable(url, "the dictionary answered HTTP " + response.statusCode());
      return;
    }
    read(url, id, response.body());
  }

  private void read(String url, String id, String body) {
    JsonNode versions;
    try {
      versions = ContractCodec.jsonMapper().readTree(body).path("versions");
    } catch (IOException e) {
      problem(url, "the dictionary's answer is not JSON");
      return;
    }
    if (!versions.isArray()) {
      problem(url, "the dictionary's answer has no 'versions' list");
      return;
    }
    for (int i = 0; i < versions.size(); i++) {
      try {
        DataContract contract = ContractCodec.bind(versions.get(i));
        if (id.equals(contract.id()) && contract.version() != null) {
          fetched.add(contract);
        } else {
          problem(url, "versions/" + i + " is not a version of " + id);
        }
      } catch (ContractBindingException e) {
        problem(url, "versions/" + i + " is not a contract: " + e.getMessage());
      }
    }
  }

  private void unreachable(String url, String message) {
    problems.add(new Finding(Severity.WARNING, "dictionary-unreachable", url, "", null, message));
  }

  private void problem(String url, String message) {
    problems.add(new Finding(Severity.WARNING, "dictionary-bad-answer", url, "", null, message));
  }
}
