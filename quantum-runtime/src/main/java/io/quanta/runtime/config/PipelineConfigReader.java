package io.quanta.runtime.config;

import io.quanta.contract.model.ExtendsReference;
import io.quanta.runtime.config.PipelineConfig.FileOrigin;
import io.quanta.runtime.config.PipelineConfig.Format;
import io.quanta.runtime.config.PipelineConfig.JdbcOrigin;
import io.quanta.runtime.config.PipelineConfig.Origin;
import io.quanta.runtime.config.PipelineConfig.QuantumOrigin;
import io.quanta.runtime.config.PipelineConfig.RetryConfig;
import io.quanta.runtime.config.PipelineConfig.SourceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code pipeline:} section of quantum.yaml, strictly: unknown keys, a source with no origin or
 * two, names that cannot be table names, and files that are not there stop the quantum with one sentence.
 * What needs the contract (the objects sources fill) is checked when the pipeline is built.
 */
final class PipelineConfigReader {

  static final Set<String> KEYS = Set.of("sources", "transform", "schedule", "runOnStart", "keepVersions",
      "retiredGraceSeconds", "policies", "upstreamPollSeconds", "retry", "progressSeconds", "history",
      "stallSeconds");
  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]{0,39}";

  private PipelineConfigReader() {
  }

  static PipelineConfig read(YamlSection s, Path dir, boolean dictionaryConfigured) {
    s.allowOnly(KEYS);
    List<YamlSection> entries = s.sections("sources");
    if (entries.isEmpty()) {
      throw new ConfigException("pipeline.sources must list at least one source (a file, a jdbc query or another"
          + " quantum); see docs/pipeline.md");
    }
    List<SourceConfig> sources = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (YamlSection entry : entries) {
      SourceConfig source = source(entry, dir, dictionaryConfigured);
      if (!names.add(source.name().toLowerCase(Locale.ROOT))) {
        throw new ConfigException(entry.qualified("name") + ": the name '" + source.name() + "' is used twice");
      }
      sources.add(source);
    }
    String transform = s.text("transform");
    Path transformFile = transform == null ? null : existing(dir, transform, s.qualified("transform"));
    String policies = s.text("policies");
    Path policiesPath = policies == null ? null : existing(dir, policies, s.qualified("policies"));
    Boolean runOnStart = s.bool("runOnStart");
    return new PipelineConfig(sources, transformFile, s.text("schedule"), runOnStart == null || runOnStart,
        range(s, "keepVersions", 3, 1, 1000), range(s, "retiredGraceSeconds", 30, 0, 86_400), policiesPath,
        range(s, "upstreamPollSeconds", 30, 1, 3600),
        retry(s.section("retry")), range(s, "progressSeconds", 10, 1, 3600), range(s, "history", 100, 1, 100_000),
        range(s, "stallSeconds", 60, 1, 3600));
  }

  private static SourceConfig source(YamlSection s, Path dir, boolean dictionaryConfigured) {
    s.allowOnly(Set.of("name", "object", "file", "jdbc", "quantum", "columns"));
    String name = s.text("name");
    if (name == null || !name.matches(NAME)) {
      throw new ConfigException(s.qualified("name") + (name == null ? " is missing" : " '" + name + "'")
          + ": each source needs a name of letters, digits and underscores (at most 40), used as {name} in the"
          + " transform SQL");
    }
    List<String> kinds = new ArrayList<>();
    for (String kind : List.of("file", "jdbc", "quantum")) {
      if (s.has(kind)) {
        kinds.add(kind);
      }
    }
    if (kinds.size() != 1) {
      throw new ConfigException("source '" + name + "' (" + s.path()
          + ") needs exactly one of file, jdbc or quantum" + (kinds.isEmpty() ? "" : ", not " + kinds));
    }
    Origin origin = switch (kinds.get(0)) {
      case "file" -> file(s.section("file"), dir);
      case "jdbc" -> jdbc(s.section("jdbc"));
      default -> quantum(s.section("quantum"), dictionaryConfigured);
    };
    Map<String, String> columns = new LinkedHashMap<>();
    YamlSection types = s.section("columns");
    types.keys().forEach(column -> {
      String text = types.text(column);
      if (!column.matches("[A-Za-z_][A-Za-z0-9_]{0,63}") || text == null) {
        throw new ConfigException(s.qualified("columns") + "." + column + " must be a column name with an SQL type,"
            + " like amount: DECIMAL(12,2)");
      }
      columns.put(column, text);
    });
    return new SourceConfig(name, s.text("object"), origin, columns);
  }

  private static FileOrigin file(YamlSection s, Path dir) {
    s.allowOnly(Set.of("path", "url", "format", "delimiter", "nullValue"));
    String path = s.text("path");
    String url = s.text("url");
    if ((path == null) == (url == null)) {
      throw new ConfigException(s.path() + " needs either path (a file, relative to the"
          + " quantum folder) or url (http or https)");
    }
    if (url != null && !url.matches("https?://.+")) {
      throw new ConfigException(s.qualified("url") + " must be an http(s) URL, not '" + url + "'");
    }
    String location = path != null ? path : url.replaceAll("[?#].*$", "");
    Format format = format(s, location);
    String delimiter = s.text("delimiter");
    char separator = ',';
    if (delimiter != null) {
      String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
      if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
        throw new ConfigException(s.qualified("delimiter") + " must be one character (or tab), not '" + delimiter + "'");
      }
      separator = d.charAt(0);
    }
    String nullValue = s.text("nullValue");
    return new FileOrigin(path == null ? null : dir.resolve(path).normalize(), url, format, separator,
        nullValue == null ? "" : nullValue);
  }

  private static Format format(YamlSection s, String location) {
    String text = s.text("format");
    if (text != null) {
      try {
        return Format.valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(s.qualified("format") + " must be csv or ndjson, not '" + text + "'");
      }
    }
    String lower = location.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
    if (lower.endsWith(".csv")) {
      return Format.CSV;
    }
    if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
      return Format.NDJSON;
    }
    throw new ConfigException(s.qualified("format") + " is needed: '" + location + "' does not end in .csv,"
        + " .ndjson or .jsonl");
  }

  private static JdbcOrigin jdbc(YamlSection s) {
    s.allowOnly(Set.of("url", "user", "password", "query"));
    String url = s.text("url");
    if (url == null || !url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
      throw new ConfigException(s.qualified("url") + " must be a MySQL JDBC URL such as jdbc:mysql://host:3306/shop"
          + (url == null ? "" : ", not '" + url.replaceAll("//[^@/]*@", "//****@") + "'"));
    }
    String query = s.text("query");
    if (query == null) {
      throw new ConfigException(s.qualified("query") + " is missing: give the SELECT whose rows this source reads");
    }
    return new JdbcOrigin(url, s.text("user"), Secret.of(s.text("password")), query);
  }

  private static QuantumOrigin quantum(YamlSection s, boolean dictionaryConfigured) {
    s.allowOnly(Set.of("id", "url", "object", "contract", "token", "format", "pageSize"));
    String id = s.text("id");
    String url = s.text("url");
    if ((id == null) == (url == null)) {
      throw new ConfigException(s.path() + " needs either url (the upstream quantum's"
          + " base URL) or id (looked up in the dictionary)");
    }
    if (url != null && !url.matches("https?://.+")) {
      throw new ConfigException(s.qualified("url") + " must be an http(s) URL, not '" + url + "'");
    }
    if (id != null && !dictionaryConfigured) {
      throw new ConfigException(s.qualified("id") + " '" + id + "' is looked up in the dictionary, but no"
          + " dictionary.url is set; set it, or give the upstream's url");
    }
    String object = s.text("object");
    if (object == null) {
      throw new ConfigException(s.qualified("object") + " is missing: name the upstream contract's object to read");
    }
    String contract = s.text("contract");
    if (contract == null) {
      throw new ConfigException(s.qualified("contract") + " is missing: name the upstream contract and the major"
          + " version this quantum is built for, like customer@1");
    }
    ExtendsReference.Parsed parsed = ExtendsReference.parse(contract);
    if (parsed.reference().isEmpty() || parsed.reference().get().versionSpec() == null) {
      throw new ConfigException(s.qualified("contract") + " must read <contract id>@<major version>, like customer@1"
          + (parsed.problem() == null ? "" : ": " + parsed.problem()));
    }
    String format = s.text("format");
    Format chosen = Format.NDJSON;
    if (format != null) {
      try {
        chosen = Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(s.qualified("format") + " must be ndjson or csv, not '" + format + "'");
      }
    }
    return new QuantumOrigin(id, url == null ? null : url.replaceAll("/+$", ""), object, parsed.reference().get(),
        Secret.of(s.text("token")), chosen, range(s, "pageSize", 100_000, 1, 10_000_000));
  }

  private static RetryConfig retry(YamlSection s) {
    s.allowOnly(Set.of("attempts", "delaySeconds", "maxDelaySeconds"));
    int delay = range(s, "delaySeconds", 10, 1, 86_400);
    int max = range(s, "maxDelaySeconds", Math.max(300, delay), 1, 86_400);
    if (max < delay) {
      throw new ConfigException(s.qualified("maxDelaySeconds") + " (" + max + ") must not be below delaySeconds ("
          + delay + ")");
    }
    return new RetryConfig(range(s, "attempts", 3, 0, 100), delay, max);
  }

  private static Path existing(Path dir, String relative, String key) {
    Path path = dir.resolve(relative).normalize();
    if (!Files.exists(path)) {
      throw new ConfigException(key + ": " + path + " does not exist");
    }
    return path;
  }

  private static int range(YamlSection s, String key, int fallback, int min, int max) {
    Integer value = s.integer(key);
    if (value == null) {
      return fallback;
    }
    if (value < min || value > max) {
      throw new ConfigException(s.qualified(key) + " must be between " + min + " and " + max + ", not " + value);
    }
    return value;
  }
}
