package io.quanta.dictionary.config;

import io.quanta.runtime.config.QuantumConfig.JwtConfig;
import io.quanta.runtime.config.Secret;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the dictionary needs to run, resolved: defaults applied, environment overrides applied,
 * paths absolute. Built by {@link DictionaryConfigLoader}; docs/dictionary.md lists every key.
 */
public record DictionaryConfig(
    ServerConfig server,
    ElasticsearchConfig elasticsearch,
    Path dataDir,
    AccessConfig access,
    CrawlerConfig crawler,
    List<String> seeds,
    List<Path> policies) {

  /** The HTTP server; {@code publicUrl} is what links and the OpenAPI document point at. */
  public record ServerConfig(String host, int port, String publicUrl) {
  }

  /**
   * Where the index lives: {@code url} (null starts an embedded Elasticsearch on {@code embeddedPort}, 0 for
   * any free port), and the prefix of every index and alias name, so several dictionaries can share a cluster.
   */
  public record ElasticsearchConfig(String url, int embeddedPort, String indexPrefix) {

    public boolean embedded() {
      return url == null;
    }
  }

  /**
   * Who may call what: writes (announce, delete, publish) need a bearer token from the tokens file,
   * {@code QUANTA_TOKENS} or a JWT; reads are open unless {@code openRead} is false.
   */
  public record AccessConfig(Path tokensFile, String inlineTokens, JwtConfig jwt, boolean openRead) {

    public boolean anyCredentials() {
      return tokensFile != null || inlineTokens != null || jwt.enabled();
    }
  }

  /**
   * How the crawler reads quanta: every {@code intervalSeconds}, at most {@code concurrency} at a time, each
   * call within {@code timeoutSeconds} and {@code maxResponseBytes}; failures back off exponentially up to
   * {@code maxBackoffSeconds}; an unreachable quantum is stale after {@code staleAfterSeconds}. {@code token}
   * is sent to quanta whose discovery is closed.
   */
  public record CrawlerConfig(int intervalSeconds, int concurrency, int timeoutSeconds, int maxBackoffSeconds,
      int staleAfterSeconds, int maxResponseBytes, Secret token) {
  }
}
