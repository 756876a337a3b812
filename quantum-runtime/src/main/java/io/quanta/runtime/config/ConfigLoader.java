package io.quanta.runtime.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quanta.contract.model.ExtendsReference;
import io.quanta.runtime.config.QuantumConfig.AccessConfig;
import io.quanta.runtime.config.QuantumConfig.DictionaryConfig;
import io.quanta.runtime.config.QuantumConfig.JwtConfig;
import io.quanta.runtime.config.QuantumConfig.LineageInput;
import io.quanta.runtime.config.QuantumConfig.Mode;
import io.quanta.runtime.config.QuantumConfig.ObjectBinding;
import io.quanta.runtime.config.QuantumConfig.QualityConfig;
import io.quanta.runtime.config.QuantumConfig.ServerConfig;
import io.quanta.runtime.config.QuantumConfig.StorageConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads {@code DIR/quantum.yaml}, applies the {@code QUANTA_*} environment overrides and defaults, and
 * checks it, so that a wrong setting stops the quantum before anything starts, with one clear sentence.
 */
public final class ConfigLoader {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Set<String> TOP = Set.of("id", "contract", "mode", "server", "storage", "objects",
      "access", "dictionary", "contracts", "quality", "lineage", "pipeline");

  private final Function<String, String> env;

  public ConfigLoader(Function<String, String> env) {
    this.env = env;
  }

  /** Loads with the process environment. */
  public static QuantumConfig load(Path directory) {
    return new ConfigLoader(System::getenv).read(directory, null);
  }

  /** Loads {@code directory/quantum.yaml}; {@code portOverride} (from {@code --port}) wins over everything. */
  public QuantumConfig read(Path directory, Integer portOverride) {
    Path dir = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(dir + " is not a folder: give the folder that holds quantum.yaml");
    }
    Path file = dir.resolve("quantum.yaml");
    JsonNode tree;
    try {
      tree = YAML.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ConfigException("no quantum.yaml in " + dir + " (run 'quanta new' to scaffold one)");
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
    YamlSection root = new YamlSection("", tree, env);
    root.allowOnly(TOP);

    Path contract = contractFile(dir, root.text("contract"));
    String id = root.text("id");
    if (id == null) {
      throw new ConfigException("quantum.yaml needs an 'id' (for example: id: sales-orders)");
    }
    if (!id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
      throw new ConfigException("id '" + id + "' must be lower-case letters, digits and dashes (at most 63)");
    }
    DictionaryConfig dictionary = dictionary(root.section("dictionary"));
    PipelineConfig pipeline = root.has("pipeline")
        ? PipelineConfigReader.read(root.section("pipeline"), dir, dictionary.url() != null) : null;
    return new QuantumConfig(dir, id, contract, mode(root.text("mode"), pipeline != null),
        server(root.section("server"), portOverride),
        storage(root.section("storage"), id, dir),
        objects(root.section("objects")),
        access(root.section("access"), dir),
        dictionary,
        contractPath(root.section("contracts"), dir),
        quality(root.section("quality")),
        PipelineLineage.merge(lineage(root.sections("lineage")), pipeline),
        pipeline);
  }

  private static Path contractFile(Path dir, String configured) {
    if (configured != null) {
      Path file = dir.resolve(configured).normalize();
      if (!Files.isRegularFile(file)) {
        throw new ConfigException("contract file " + file + " does not exist");
      }
      return file;
    }
    List<Path> candidates;
    try (Stream<Path> files = Files.list(dir)) {
      candidates = files.filter(p -> p.getFileName().toString().matches(".*\\.odcs\\.(ya?ml|json)")).sorted().toList();
    } catch (IOException e) {
      throw new ConfigException("cannot list " + dir + ": " + e.getMessage());
    }
    if (candidates.size() != 1) {
      throw new ConfigException(candidates.isEmpty()
          ? "no contract in " + dir + ": add a *.odcs.yaml file or set 'contract:' in quantum.yaml"
          : "several contracts in " + dir + " " + candidates.stream().map(p -> p.getFileName().toString()).toList()
              + ": name the one to serve with 'contract:' in quantum.yaml");
    }
    return candidates.get(0);
  }

  /** Managed when a pipeline is declared; {@code mode} may say so, and must not say otherwise. */
  private static Mode mode(String text, boolean pipeline) {
    if (text == null) {
      return pipeline ? Mode.MANAGED : Mode.SIDECAR;
    }
    Mode mode;
    try {
      mode = Mode.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("mode must be 'sidecar' or 'managed', not '" + text + "'");
    }
    if (mode == Mode.MANAGED && !pipeline) {
      throw new ConfigException("mode: managed needs a pipeline: section with its sources (see docs/pipeline.md)");
    }
    if (mode == Mode.SIDECAR && pipeline) {
      throw new ConfigException("mode: sidecar serves tables another program writes, so it takes no pipeline:"
          + " section; remove mode (a pipeline makes the quantum managed) or the pipeline");
    }
    return mode;
  }

  private ServerConfig server(YamlSection s, Integer portOverride) {
    s.allowOnly(Set.of("host", "port", "publicUrl", "maxHeaderBytes", "maxInitialLineBytes", "shutdownGraceSeconds"));
    int port = portOverride != null ? portOverride
        : firstInt(env.apply("QUANTA_PORT"), "QUANTA_PORT", s.integer("port"), 8081);
    if (port < 0 || port > 65535) {
      throw new ConfigException("port " + port + " is out of range (0-65535; 0 picks a free port)");
    }
    return new ServerConfig(first(env.apply("QUANTA_HOST"), s.text("host"), "0.0.0.0"), port,
        first(env.apply("QUANTA_PUBLIC_URL"), s.text("publicUrl"), null),
        positive(s, "maxHeaderBytes", 8192), positive(s, "maxInitialLineBytes", 4096),
        positive(s, "shutdownGraceSeconds", 10));
  }

  private StorageConfig storage(YamlSection s, String id, Path dir) {
    s.allowOnly(Set.of("jdbcUrl", "database", "user", "password", "adminUser", "adminPassword", "poolSize", "dataDir"));
    String jdbcUrl = first(env.apply("QUANTA_JDBC_URL"), s.text("jdbcUrl"), null);
    if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:mysql:") && !jdbcUrl.startsWith("jdbc:mariadb:")) {
      throw new ConfigException("storage.jdbcUrl must be a MySQL URL such as jdbc:mysql://host:3306/, not '"
          + jdbcUrl.replaceAll("//[^@/]*@", "//****@") + "'");
    }
    String database = first(env.apply("QUANTA_DB_NAME"), s.text("database"), id.replace('-', '_'));
    if (!database.matches("[A-Za-z0-9_]{1,64}")) {
      throw new ConfigException("storage.database '" + database + "' must be letters, digits and underscores");
    }
    String user = first(env.apply("QUANTA_DB_USER"), s.text("user"), database.length() > 32
        ? database.substring(0, 32) : database);
    String dataDir = first(env.apply("QUANTA_DATA_DIR"), s.text("dataDir"), ".quanta/mariadb");
    int poolSize = firstInt(env.apply("QUANTA_DB_POOL_SIZE"), "QUANTA_DB_POOL_SIZE", s.integer("poolSize"), 8);
    if (poolSize < 1 || poolSize > 256) {
      throw new ConfigException("storage.poolSize must be between 1 and 256, not " + poolSize);
    }
    return new StorageConfig(jdbcUrl, database, user,
        Secret.of(first(env.apply("QUANTA_DB_PASSWORD"), s.text("password"), null)),
        first(env.apply("QUANTA_DB_ADMIN_USER"), s.text("adminUser"), null),
        Secret.of(first(env.apply("QUANTA_DB_ADMIN_PASSWORD"), s.text("adminPassword"), null)),
        poolSize, dir.resolve(dataDir).normalize());
  }

  private static Map<String, ObjectBinding> objects(YamlSection s) {
    Map<String, ObjectBinding> out = new LinkedHashMap<>();
    s.entries().forEach((name, o) -> {
      o.allowOnly(Set.of("table", "freshnessColumn", "create"));
      String table = o.text("table");
      if (table != null && !table.matches("[A-Za-z0-9_]{1,64}")) {
        throw new ConfigException(o.qualified("table") + " '" + table + "' must be letters, digits and underscores");
      }
      Boolean create = o.bool("create");
      out.put(name, new ObjectBinding(table, o.text("freshnessColumn"), create == null || create));
    });
    return out;
  }

  private AccessConfig access(YamlSection s, Path dir) {
    s.allowOnly(Set.of("tokensFile", "jwt", "ownerRole", "openDiscovery", "openObservability", "autoApprove"));
    YamlSection jwt = s.section("jwt");
    jwt.allowOnly(Set.of("secret", "jwksUrl", "issuer", "audience"));
    String tokensFile = first(env.apply("QUANTA_TOKENS_FILE"), s.text("tokensFile"), null);
    Boolean openDiscovery = s.bool("openDiscovery");
    Boolean openObservability = s.bool("openObservability");
    List<String> autoApprove = s.texts("autoApprove");
    return new AccessConfig(tokensFile == null ? null : dir.resolve(tokensFile).normalize(),
        env.apply("QUANTA_TOKENS"),
        new JwtConfig(Secret.of(first(env.apply("QUANTA_JWT_SECRET"), jwt.text("secret"), null)),
            first(env.apply("QUANTA_JWT_JWKS_URL"), jwt.text("jwksUrl"), null), jwt.text("issuer"), jwt.text("audience")),
        first(null, s.text("ownerRole"), "owner"),
        openDiscovery == null || openDiscovery, openObservability == null || openObservability,
        autoApprove == null ? List.of("public") : List.copyOf(autoApprove));
  }

  private DictionaryConfig dictionary(YamlSection s) {
    s.allowOnly(Set.of("url", "token", "heartbeatSeconds"));
    String url = first(env.apply("QUANTA_DICTIONARY_URL"), s.text("url"), null);
    if (url != null && !url.matches("https?://.+")) {
      throw new ConfigException("dictionary.url must be an http(s) URL, not '" + url + "'");
    }
    return new DictionaryConfig(url == null ? null : url.replaceAll("/+$", ""),
        Secret.of(first(env.apply("QUANTA_DICTIONARY_TOKEN"), s.text("token"), null)),
        positive(s, "heartbeatSeconds", 30));
  }

  private static List<Path> contractPath(YamlSection s, Path dir) {
    s.allowOnly(Set.of("path"));
    List<String> paths = s.texts("path");
    List<Path> out = new ArrayList<>();
    if (paths != null) {
      paths.forEach(p -> out.add(dir.resolve(p).normalize()));
    }
    return out;
  }

  private static QualityConfig quality(YamlSection s) {
    s.allowOnly(Set.of("schedule", "history", "queryTimeoutSeconds"));
    return new QualityConfig(s.text("schedule"), positive(s, "history", 100), positive(s, "queryTimeoutSeconds", 120));
  }

  private static List<LineageInput> lineage(List<YamlSection> inputs) {
    List<LineageInput> out = new ArrayList<>();
    for (YamlSection input : inputs) {
      input.allowOnly(Set.of("quantum", "url", "contract"));
      if (input.text("quantum") == null && input.text("url") == null) {
        throw new ConfigException("each lineage entry needs 'quantum' (an id) or 'url'");
      }
      String contract = input.text("contract");
      if (contract != null) {
        String problem = ExtendsReference.parse(contract).problem();
        if (problem != null) {
          throw new ConfigException(input.qualified("contract") + " must read <contract id>[@<version>]: " + problem);
        }
      }
      out.add(new LineageInput(input.text("quantum"), input.text("url"), contract));
    }
    return out;
  }

  private static int positive(YamlSection s, String key, int fallback) {
    Integer value = s.integer(key);
    if (value == null) {
      return fallback;
    }
    if (value <= 0) {
      throw new ConfigException(s.qualified(key) + " must be greater than 0, not " + value);
    }
    return value;
  }

  private static String first(String fromEnv, String fromFile, String fallback) {
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    return fromFile != null ? fromFile : fallback;
  }

  private static int firstInt(String fromEnv, String envName, Integer fromFile, int fallback) {
    if (fromEnv != null && !fromEnv.isBlank()) {
      try {
        return Integer.parseInt(fromEnv.trim());
      } catch (NumberFormatException e) {
        throw new ConfigException(envName + " must be a whole number, not '" + fromEnv + "'");
      }
    }
    return fromFile != null ? fromFile : fallback;
  }
}
