package io.quanta.dictionary.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quanta.dictionary.config.DictionaryConfig.AccessConfig;
import io.quanta.dictionary.config.DictionaryConfig.CrawlerConfig;
import io.quanta.dictionary.config.DictionaryConfig.ElasticsearchConfig;
import io.quanta.dictionary.config.DictionaryConfig.ServerConfig;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.QuantumConfig.JwtConfig;
import io.quanta.runtime.config.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the dictionary's settings: the YAML file given with {@code --config} (optional), then the
 * {@code QUANTA_*} environment variables, then the command-line flags, each winning over the one before.
 * Paths in the file are relative to the file, others to the working directory.
 */
public final class DictionaryConfigLoader {

  private static final YAMLMapper YAML = new YAMLMapper();

  private final Function<String, String> env;

  public DictionaryConfigLoader(Function<String, String> env) {
    this.env = env;
  }

  /** What the command line may override; null members leave the file and environment alone. */
  public record Overrides(Path configFile, Integer port, String esUrl, Path dataDir) {

    public static Overrides none() {
      return new Overrides(null, null, null, null);
    }
  }

  public DictionaryConfig load(Overrides overrides) {
    Path cwd = Path.of("").toAbsolutePath();
    Path base = overrides.configFile() == null ? cwd : overrides.configFile().toAbsolutePath().getParent();
    Settings root = new Settings("", read(overrides.configFile()));
    root.allowOnly("server", "elasticsearch", "data", "access", "crawler", "seeds", "governance");

    Settings server = root.section("server");
    server.allowOnly("host", "port", "publicUrl");
    int port = overrides.port() != null ? overrides.port()
        : integer("QUANTA_DICTIONARY_PORT", server.integer("port"), 8080);
    if (port < 0 || port > 65535) {
      throw new ConfigException("the port " + port + " is out of range (0-65535; 0 picks a free port)");
    }
    String publicUrl = first(env.apply("QUANTA_DICTIONARY_PUBLIC_URL"), server.text("publicUrl"), null);
    checkUrl(publicUrl, "server.publicUrl");

    Settings es = root.section("elasticsearch");
    es.allowOnly("url", "embeddedPort", "indexPrefix");
    String esUrl = first(overrides.esUrl(), first(env.apply("QUANTA_ES_URL"), es.text("url"), null), null);
    checkUrl(esUrl, "elasticsearch.url (QUANTA_ES_URL, --es-url)");
    String prefix = first(env.apply("QUANTA_ES_INDEX_PREFIX"), es.text("indexPrefix"), "quanta");
    if (!prefix.matches("[a-z0-9][a-z0-9_-]{0,40}")) {
      throw new ConfigException("elasticsearch.indexPrefix '" + prefix + "' must be lower-case letters, digits, _ and -");
    }
    int embeddedPort = integer("QUANTA_ES_PORT", es.integer("embeddedPort"), 0);

    Path data = overrides.dataDir() != null ? overrides.dataDir().toAbsolutePath().normalize()
        : path(cwd, env.apply("QUANTA_DICTIONARY_DATA"), base, root.text("data"), ".quanta/dictionary");

    List<String> seeds = new ArrayList<>(root.texts("seeds"));
    String seedsEnv = env.apply("QUANTA_DICTIONARY_SEEDS");
    if (seedsEnv != null && !seedsEnv.isBlank()) {
      seeds = Arrays.stream(seedsEnv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    seeds.forEach(s -> checkUrl(s, "seeds"));

    Settings governance = root.section("governance");
    governance.allowOnly("policies");
    List<Path> policies = new ArrayList<>();
    String policiesEnv = env.apply("QUANTA_GOVERNANCE_POLICIES");
    if (policiesEnv != null && !policiesEnv.isBlank()) {
      Arrays.stream(policiesEnv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
          .forEach(p -> policies.add(cwd.resolve(p).normalize()));
    } else {
      governance.texts("policies").forEach(p -> policies.add(base.resolve(p).normalize()));
    }

    return new DictionaryConfig(
        new ServerConfig(first(env.apply("QUANTA_DICTIONARY_HOST"), server.text("host"), "0.0.0.0"), port,
            publicUrl == null ? null : publicUrl.replaceAll("/+$", "")),
        new ElasticsearchConfig(esUrl == null ? null : esUrl.replaceAll("/+$", ""), embeddedPort, prefix),
        data, access(root.section("access"), cwd, base), crawler(root.section("crawler")), List.copyOf(seeds),
        List.copyOf(policies));
  }

  private AccessConfig access(Settings s, Path cwd, Path base) {
    s.allowOnly("tokensFile", "jwt", "openRead");
    Settings jwt = s.section("jwt");
    jwt.allowOnly("secret", "jwksUrl", "issuer", "audience");
    String tokensEnv = env.apply("QUANTA_TOKENS_FILE");
    Path tokensFile = tokensEnv != null && !tokensEnv.isBlank() ? cwd.resolve(tokensEnv).normalize()
        : s.text("tokensFile") == null ? null : base.resolve(s.text("tokensFile")).normalize();
    String inline = env.apply("QUANTA_TOKENS");
    Boolean openRead = s.bool("openRead");
    return new AccessConfig(tokensFile, inline == null || inline.isBlank() ? null : inline,
        new JwtConfig(Secret.of(first(env.apply("QUANTA_JWT_SECRET"), jwt.text("secret"), null)),
            first(env.apply("QUANTA_JWT_JWKS_URL"), jwt.text("jwksUrl"), null), jwt.text("issuer"), jwt.text("audience")),
        openRead == null || openRead);
  }

  private CrawlerConfig crawler(Settings s) {
    s.allowOnly("intervalSeconds", "concurrency", "timeoutSeconds", "maxBackoffSeconds", "staleAfterSeconds",
        "maxResponseKilobytes", "token");
    int interval = positive(s, "intervalSeconds", integer("QUANTA_CRAWL_INTERVAL_SECONDS", s.integer("intervalSeconds"), 60));
    int concurrency = positive(s, "concurrency", s.integer("concurrency") == null ? 64 : s.integer("concurrency"));
    if (concurrency > 256) {
      throw new ConfigException("crawler.concurrency must be at most 256, not " + concurrency);
    }
    return new CrawlerConfig(interval, concurrency,
        positive(s, "timeoutSeconds", s.integer("timeoutSeconds") == null ? 5 : s.integer("timeoutSeconds")),
        positive(s, "maxBackoffSeconds", s.integer("maxBackoffSeconds") == null ? 300 : s.integer("maxBackoffSeconds")),
        positive(s, "staleAfterSeconds", s.integer("staleAfterSeconds") == null ? 300 : s.integer("staleAfterSeconds")),
        positive(s, "maxResponseKilobytes", s.integer("maxResponseKilobytes") == null ? 4096
            : s.integer("maxResponseKilobytes")) * 1024,
        Secret.of(first(env.apply("QUANTA_CRAWLER_TOKEN"), s.text("token"), null)));
  }

  private static JsonNode read(Path file) {
    if (file == null) {
      return null;
    }
    try {
      return YAML.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ConfigException("the settings file " + file + " does not exist");
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ":" + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static Path path(Path cwd, String fromEnv, Path base, String fromFile, String fallback) {
    if (fromEnv != null && !fromEnv.isBlank()) {
      return cwd.resolve(fromEnv).normalize();
    }
    return fromFile != null ? base.resolve(fromFile).normalize() : cwd.resolve(fallback).normalize();
  }

  private static int positive(Settings s, String key, int value) {
    if (value <= 0) {
      throw new ConfigException(s.qualified(key) + " must be greater than 0, not " + value);
    }
    return value;
  }

  private int integer(String variable, Integer fromFile, int fallback) {
    String text = env.apply(variable);
    if (text != null && !text.isBlank()) {
      try {
        return Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        throw new ConfigException(variable + " must be a whole number, not '" + text + "'");
      }
    }
    return fromFile != null ? fromFile : fallback;
  }

  private static void checkUrl(String url, String what) {
    if (url != null && !url.matches("https?://[^\\s]+")) {
      throw new ConfigException(what + " must be an http(s) URL, not '" + url.replaceAll("//[^@/]*@", "//****@") + "'");
    }
  }

  private static String first(String a, String b, String fallback) {
    if (a != null && !a.isBlank()) {
      return a.trim();
    }
    return b != null ? b : fallback;
  }
}
