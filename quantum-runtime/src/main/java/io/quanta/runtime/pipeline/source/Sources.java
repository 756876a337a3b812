package io.quanta.runtime.pipeline.source;

import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.PipelineConfig.FileOrigin;
import io.quanta.runtime.config.PipelineConfig.JdbcOrigin;
import io.quanta.runtime.config.PipelineConfig.QuantumOrigin;
import io.quanta.runtime.config.PipelineConfig.SourceConfig;
import io.quanta.runtime.config.QuantumConfig.DictionaryConfig;
import io.quanta.runtime.pipeline.runs.StepFailure;
import io.quanta.runtime.pipeline.runs.StepFailure.Kind;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens each kind of source as a {@link SourceReader}. A quantum source is first found (URL or dictionary),
 * its contract checked against the one this quantum is built on, and its published version pinned; the
 * columns read are the target object's (identity) or all of the upstream object's (staged).
 */
public final class Sources {

  /**
   * An opened source.
   *
   * @param types SQL types known for the source's columns (an upstream contract's), by column name
   * @param upstreamVersion the upstream version being read, for a quantum source that publishes versions
   */
  public record Opened(SourceReader reader, Map<String, String> types, Long upstreamVersion) {
  }

  private final DictionaryConfig dictionary;
  private final Duration stall;

  /** {@code stall}: how long a source read over HTTP may send nothing before it is cut. */
  public Sources(DictionaryConfig dictionary, Duration stall) {
    this.dictionary = dictionary;
    this.stall = stall;
  }

  /** Opens {@code source}; {@code target} is the object it fills as it is, or null when it is staged. */
  public Opened open(SourceConfig source, Table target) throws IOException, StepFailure {
    if (source.origin() instanceof FileOrigin file) {
      List<String> columns = target != null ? target.columns().stream().map(Column::name).toList() : null;
      return new Opened(FileSources.open(file, columns, List.copyOf(source.columns().keySet()), source.name(),
          stall),
          Map.of(), null);
    }
    if (source.origin() instanceof JdbcOrigin jdbc) {
      return new Opened(JdbcReader.open(jdbc, "source " + source.name()), Map.of(), null);
    }
    return quantum(source, (QuantumOrigin) source.origin(), target);
  }

  /** The upstream client of a quantum source, for the watcher. */
  public Upstream upstream(QuantumOrigin origin) {
    return new Upstream(origin, dictionary);
  }

  private Opened quantum(SourceConfig source, QuantumOrigin origin, Table target) throws IOException, StepFailure {
    Upstream upstream = upstream(origin);
    Upstream.Found found = upstream.find();
    String mismatch = upstream.mismatch(found.contract()).orElse(null);
    if (mismatch != null) {
      throw new StepFailure("stage", Kind.ERROR, mismatch);
    }
    Table object = upstreamTable(found.contract(), origin);
    List<String> columns = new ArrayList<>();
    for (Column column : object.columns()) {
      if (target == null || target.column(column.name()).isPresent()) {
        columns.add(column.name());
      }
    }
    Map<String, String> types = new LinkedHashMap<>();
    object.columns().forEach(c -> types.put(c.name(), c.sqlType()));
    Long version = upstream.publishedVersion(found.url()).orElse(null);
    List<String> key = object.primaryKey().stream().map(Column::name).toList();
    return new Opened(new QuantumReader(found.url(), origin, columns, key, version, stall), types, version);
  }

  private static Table upstreamTable(DataContract contract, QuantumOrigin origin) throws StepFailure {
    Catalog catalog;
    try {
      catalog = Catalog.of(contract, Map.of());
    } catch (ConfigException e) {
      throw new StepFailure("stage", Kind.ERROR, "quantum " + origin.label() + "'s contract cannot be read as tables: "
          + e.getMessage());
    }
    return catalog.table(origin.object()).orElseThrow(() -> new StepFailure("stage", Kind.ERROR, "quantum "
        + origin.label() + "'s contract " + contract.id() + " " + contract.version() + " has no object '"
        + origin.object() + "' (objects: " + catalog.tables().stream().map(Table::object).toList() + ")"));
  }
}
