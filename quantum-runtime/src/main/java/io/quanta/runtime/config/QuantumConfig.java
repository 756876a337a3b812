package io.quanta.runtime.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a quantum needs to run, resolved: defaults applied, environment overrides applied,
 * paths absolute. Built by {@link ConfigLoader}; see docs/quantum-yaml.md for every key. {@code inputs} holds
 * the {@code lineage} entries and every quantum source of the pipeline; {@code pipeline} is null for a sidecar.
 */
public record QuantumConfig(
    Path directory,
    String id,
    Path contractFile,
    Mode mode,
    ServerConfig server,
    StorageConfig storage,
    Map<String, ObjectBinding> objects,
    AccessConfig access,
    DictionaryConfig dictionary,
    List<Path> contractPath,
    QualityConfig quality,
    List<LineageInput> inputs,
    PipelineConfig pipeline) {

  /** How the quantum's tables get their data. */
  public enum Mode {
    /** Another program writes the tables; the quantum serves, checks and reports on them. */
    SIDECAR,
    /** The quantum's own pipeline fills the tables. */
    MANAGED
  }

  /** The HTTP server. */
  public record ServerConfig(String host, int port, String publicUrl, int maxHeaderBytes,
      int maxInitialLineBytes, int shutdownGraceSeconds) {
  }

  /**
   * The MySQL-compatible storage. No {@code jdbcUrl} means an embedded MariaDB under {@code dataDir}.
   * With admin credentials the quantum creates its database and its own user, granted on it alone.
   */
  public record StorageConfig(String jdbcUrl, String database, String user, Secret password,
      String adminUser, Secret adminPassword, int poolSize, Path dataDir) {

    public boolean embedded() {
      return jdbcUrl == null;
    }
  }

  /** How one contract object maps onto a table of the quantum's database. */
  public record ObjectBinding(String table, String freshnessColumn, boolean create) {
  }

  /** Who may call what. */
  public record AccessConfig(Path tokensFile, String inlineTokens, JwtConfig jwt, String ownerRole,
      boolean openDiscovery, boolean openObservability, List<String> autoApproveClassifications) {
  }

  /** JWT verification: an HS256 shared secret, or an RS256 JWKS URL. */
  public record JwtConfig(Secret secret, String jwksUrl, String issuer, String audience) {

    public boolean enabled() {
      return secret != null || jwksUrl != null;
    }
  }

  /** Where the dictionary is, if there is one. */
  public record DictionaryConfig(String url, Secret token, int heartbeatSeconds) {

    public Optional<String> baseUrl() {
      return Optional.ofNullable(url);
    }
  }

  /**
   * When quality rules run (a five-field cron; else the rules' own cron schedules), how many results are
   * kept per rule, and how long one quality statement may run.
   */
  public record QualityConfig(String schedule, int historySize, int queryTimeoutSeconds) {
  }

  /** An upstream quantum or contract this quantum reads (lineage). */
  public record LineageInput(String quantum, String url, String contract) {
  }
}
