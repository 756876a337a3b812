package io.quanta.runtime.pipeline.source;

import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.PipelineConfig.QuantumOrigin;
import io.quanta.runtime.config.QuantumConfig.DictionaryConfig;
import io.quanta.runtime.config.Secret;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Talks to an upstream quantum the way any client does, over its uniform API: finds its URL (given, or
 * from the dictionary's {@code GET /api/quanta/{id}}), reads its contract ({@code /discovery/contract})
 * and its published version ({@code /observability/status}). Blocking: call from a worker thread.
 */
public final class Upstream {

  /** The quantum found and the contract it serves. */
  public record Found(String url, DataContract contract) {
  }

  private final QuantumOrigin origin;
  private final DictionaryConfig dictionary;

  public Upstream(QuantumOrigin origin, DictionaryConfig dictionary) {
    this.origin = origin;
    this.dictionary = dictionary;
  }

  public QuantumOrigin origin() {
    return origin;
  }

  /** The upstream's base URL: the configured one, or the dictionary's entry for its id. */
  public String url() throws IOException {
    if (origin.url() != null) {
      return origin.url();
    }
    String base = dictionary.url();
    URI uri = URI.create(base + "/api/quanta/" + URLEncoder.encode(origin.id(), StandardCharsets.UTF_8)
        .replace("+", "%20"));
    JsonObject entry;
    try {
      entry = json(uri, dictionary.token(), "the dictionary's entry for quantum " + origin.id());
    } catch (HttpInput.Refused e) {
      if (e.status() == 404) {
        throw new HttpInput.Refused(404, "the dictionary (" + base + ") knows no quantum '" + origin.id() + "'");
      }
      throw e;
    }
    String url = entry.getString("url");
    if (url == null || !url.matches("https?://.+")) {
      throw new IOException("the dictionary's entry for quantum " + origin.id() + " has no http(s) url");
    }
    return url.replaceAll("/+$", "");
  }

  /** Finds the upstream and reads its contract (the effective one, so inherited objects are there too). */
  public Found find() throws IOException {
    String url = url();
    String text;
    try (InputStream body = HttpInput.open(URI.create(url + "/discovery/contract?effective=true"), origin.token(),
        "application/json", "quantum " + origin.label() + "'s contract")) {
      text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
    } catch (HttpInput.Refused e) {
      if (e.status() != 422) {
        throw e;
      }
      try (InputStream body = HttpInput.open(URI.create(url + "/discovery/contract"), origin.token(),
          "application/json", "quantum " + origin.label() + "'s contract")) {
        text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    try {
      return new Found(url, ContractCodec.read(text));
    } catch (ContractSyntaxException | ContractBindingException e) {
      throw new IOException("quantum " + origin.label() + " serves a contract that cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Why the upstream's contract is not the one this quantum is built for, naming both; empty when it is.
   */
  public Optional<String> mismatch(DataContract served) {
    String expected = origin.contract().toString();
    String actual = served.id() + " " + served.version();
    if (!origin.contract().id().equals(served.id())) {
      return Optional.of("quantum " + origin.label() + " serves contract " + actual + ", but this quantum is built on "
          + expected + " (pipeline source quantum.contract)");
    }
    if (!origin.contract().accepts(served.version())) {
      return Optional.of("quantum " + origin.label() + " serves contract " + actual + ", but this quantum is built on "
          + expected + ": another version; update quantum.contract (and this quantum) for the new major version");
    }
    return Optional.empty();
  }

  /** The version the upstream has published now, or empty when it publishes none (a sidecar, or none yet). */
  public Optional<Long> publishedVersion(String url) throws IOException {
    JsonObject status = json(URI.create(url + "/observability/status"), origin.token(),
        "quantum " + origin.label() + "'s status");
    Object version = status.getValue("publishedVersion");
    return version instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
  }

  private static JsonObject json(URI uri, Secret token, String what) throws IOException {
    try (InputStream body = HttpInput.open(uri, token, "application/json", what)) {
      return new JsonObject(new String(body.readNBytes(1 << 20), StandardCharsets.UTF_8));
    } catch (DecodeException | ClassCastException e) {
      throw new IOException(what + " (" + uri + ") is not a JSON object");
    }
  }
}
