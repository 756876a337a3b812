package io.quanta.runtime.config;

import io.quanta.contract.model.ExtendsReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The managed pipeline of a quantum ({@code pipeline:} in quantum.yaml): where rows come from, how they are
 * turned into the contract's objects, when runs happen, and how many published versions are kept. See
 * docs/pipeline.md and docs/quantum-yaml.md for every key.
 *
 * @param sources where rows come from, in the order they are staged
 * @param transform the SQL file that makes the objects from the staged sources; null when every object is
 *     loaded as it is from one source (identity)
 * @param schedule a five-field cron expression, or null for no scheduled runs
 * @param runOnStart run at start when no version the current contract can serve is published
 * @param keepVersions published versions kept readable ({@code ?version=K}), the current one included
 * @param retiredGraceSeconds how long after a publish the tables of versions beyond {@code keepVersions} are
 *     dropped, so reads that resolved them just before finish (a table still being read is left for later)
 * @param policies a folder (or file) of this quantum's own governance policy sets, or null
 * @param upstreamPollSeconds how often upstream quanta are asked whether they published a new version
 * @param retry how failed runs that may succeed later are retried
 * @param progressSeconds how often a long run logs its progress
 * @param history runs kept in {@code /observability/runs}
 * @param stallSeconds how long a source read over HTTP (a file URL, an upstream quantum) may send nothing
 *     before it is cut
 */
public record PipelineConfig(List<SourceConfig> sources, Path transform, String schedule, boolean runOnStart,
    int keepVersions, int retiredGraceSeconds, Path policies, int upstreamPollSeconds, RetryConfig retry,
    int progressSeconds, int history, int stallSeconds) {

  public PipelineConfig {
    sources = List.copyOf(sources);
  }

  /** The text formats of file and quantum sources. */
  public enum Format {
    CSV, NDJSON;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One source of rows.
   *
   * @param name the source's name: its staging table, and {@code {name}} in the transform SQL
   * @param object the contract object this source fills as it is (identity), or null when the transform
   *     reads it
   * @param origin where the rows are read from
   * @param columns staging column types by column name (for sources a transform reads), possibly empty
   */
  public record SourceConfig(String name, String object, Origin origin, Map<String, String> columns) {

    public SourceConfig {
      columns = Map.copyOf(columns);
    }
  }

  /** Where a source's rows are read from. */
  public sealed interface Origin permits FileOrigin, JdbcOrigin, QuantumOrigin {
  }

  /**
   * A CSV or NDJSON file, on disk ({@code path}) or over HTTP ({@code url}). A CSV file starts with a header
   * line naming its columns.
   *
   * @param nullValue the unquoted CSV field that reads as NULL (default: the empty field)
   */
  public record FileOrigin(Path path, String url, Format format, char delimiter, String nullValue)
      implements Origin {

    /** The path or URL, for messages. */
    public String location() {
      return path != null ? path.toString() : url;
    }
  }

  /** A query on a MySQL-compatible database, streamed. */
  public record JdbcOrigin(String url, String user, Secret password, String query) implements Origin {
  }

  /**
   * Another quantum's output port: by {@code url}, or by {@code id} looked up in the dictionary.
   *
   * @param object the upstream contract's object to read
   * @param contract the upstream contract id and the version (usually the major) this quantum is built for
   * @param token bearer token sent to the upstream quantum, or null
   * @param pageSize rows per keyset page
   */
  public record QuantumOrigin(String id, String url, String object, ExtendsReference contract, Secret token,
      Format format, int pageSize) implements Origin {

    /** The id, else the URL, for messages and lineage. */
    public String label() {
      return id != null ? id : url;
    }
  }

  /** Retries of runs that failed for a reason that may pass (an upstream or the storage unreachable). */
  public record RetryConfig(int attempts, int delaySeconds, int maxDelaySeconds) {
  }
}
