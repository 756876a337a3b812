package io.quanta.runtime.pipeline.staging;

import io.quanta.runtime.pipeline.publish.TableNames;
import io.quanta.runtime.pipeline.runs.StepFailure;
import io.quanta.runtime.pipeline.runs.StepFailure.Kind;
import io.quanta.runtime.pipeline.source.LoadDataEncoder;
import io.quanta.runtime.pipeline.source.LoadDataStream;
import io.quanta.runtime.pipeline.source.SourceReader;
import io.quanta.runtime.pipeline.source.TransportException;
import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import io.quanta.runtime.schema.TypeMapping;
import io.quanta.runtime.schema.ValueKind;
import io.quanta.runtime.storage.Storage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Loads a source into a table with {@code LOAD DATA LOCAL INFILE}, streamed from the source reader (the
 * fastest way in: docs/benchmarks.md). The table is the object's candidate when the source fills it as it
 * is, or a staging table shaped like the source for the transform. Under {@code LOCAL} MySQL turns every
 * misfit (a value of the wrong type, a NULL in a required column, a repeated key) into a warning and goes
 * on, so any warning fails the load, naming the row, the column and why.
 */
public final class Stager {

  /** What a load did: rows read from the source and kept in the table, and what was left out. */
  public record Loaded(String table, long read, long loaded, String note) {
  }

  private static final String SKIP = "@skip";
  private static final int SHOWN = 3;

  private final Connection connection;
  private final BooleanSupplier cancelled;

  public Stager(Connection connection, BooleanSupplier cancelled) {
    this.connection = connection;
    this.cancelled = cancelled;
  }

  /** Loads the source straight into the object's candidate table, matching columns by name. */
  public Loaded intoObject(String source, SourceReader reader, Table candidate, AtomicLong rows)
      throws StepFailure {
    List<String> targets = new ArrayList<>();
    ValueKind[] kinds = new ValueKind[reader.columns().size()];
    Set<Column> matched = new HashSet<>();
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < reader.columns().size(); i++) {
      String name = reader.columns().get(i);
      Optional<Column> column = match(candidate, name);
      if (column.isPresent() && matched.add(column.get())) {
        targets.add("`" + column.get().columnName() + "`");
        kinds[i] = column.get().kind();
      } else {
        targets.add(SKIP);
        ignored.add(name);
      }
    }
    List<String> empty = new ArrayList<>();
    for (Column column : candidate.columns()) {
      if (!matched.contains(column)) {
        if (column.required()) {
          throw new StepFailure("stage", Kind.MISFIT, "source " + source + " has no column " + column.name()
              + ", which object " + candidate.object() + " requires (source columns: " + reader.columns() + ")");
        }
        empty.add(column.name());
      }
    }
    String note = (empty.isEmpty() ? "" : "not in the source, left empty: " + empty)
        + (ignored.isEmpty() ? "" : (empty.isEmpty() ? "" : "; ") + "not in the contract, ignored: " + ignored);
    Loaded loaded = load(source, reader, candidate.tableName(), targets, kinds, rows, candidate.object());
    return new Loaded(loaded.table(), loaded.read(), loaded.loaded(), note.isEmpty() ? null : note);
  }

  /**
   * Creates the source's staging table (column types: configured, else known from an upstream contract,
   * else TEXT) and loads the source into it.
   */
  public Loaded intoStaging(String source, SourceReader reader, Map<String, String> configured,
      Map<String, String> known, AtomicLong rows) throws StepFailure {
    String table = TableNames.staging(source);
    List<String> columns = new ArrayList<>();
    List<String> definitions = new ArrayList<>();
    ValueKind[] kinds = new ValueKind[reader.columns().size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < reader.columns().size(); i++) {
      String name = reader.columns().get(i);
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,63}") || !seen.add(name.toLowerCase(Locale.ROOT))) {
        throw new StepFailure("stage", Kind.ERROR, "source " + source + " has a column named '" + name + "', which"
            + " cannot be a staging column (letters, digits and underscores, each name once); rename it in the source");
      }
      String type = configured.getOrDefault(name, known.getOrDefault(name, "TEXT"));
      columns.add("`" + name + "`");
      definitions.add("`" + name + "` " + type + " NULL");
      kinds[i] = type.equalsIgnoreCase("TEXT") ? null : TypeMapping.kind(type);
    }
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS `" + table + "`");
      s.execute("CREATE TABLE `" + table + "` (" + String.join(", ", definitions)
          + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
    } catch (SQLException e) {
      throw storage(e, "cannot create the staging table of source " + source);
    }
    return load(source, reader, table, columns, kinds, rows, null);
  }

  private Loaded load(String source, SourceReader reader, String table, List<String> targets, ValueKind[] kinds,
      AtomicLong rows, String object) throws StepFailure {
    LoadDataEncoder encoder = new LoadDataEncoder();
    encoder.kinds(kinds);
    LoadDataStream stream = new LoadDataStream(reader, encoder, rows, cancelled);
    String sql = "LOAD DATA LOCAL INFILE 'quanta-source-" + source + "' INTO TABLE `" + table
        + "` CHARACTER SET utf8mb4 (" + String.join(", ", targets) + ")";
    long loaded;
    try (Statement s = connection.createStatement()) {
      s.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(stream);
      loaded = s.executeLargeUpdate(sql);
      sourceFailure(source, stream);
      misfits(s, source, object == null ? "staging table of source " + source : "object " + object);
    } catch (SQLException e) {
      sourceFailure(source, stream);
      throw storage(e, "loading source " + source + " failed");
    }
    return new Loaded(table, rows.get(), loaded, null);
  }

  /** A source that failed mid-stream fails the load, whatever the driver made of it. */
  private static void sourceFailure(String source, LoadDataStream stream) throws StepFailure {
    IOException failure = stream.failure();
    if (failure == null) {
      return;
    }
    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    if (failure instanceof TransportException) {
      throw new StepFailure("stage", Kind.TRANSIENT, "source " + source + ": " + message, failure);
    }
    if (failure instanceof io.quanta.runtime.pipeline.source.HttpInput.Refused) {
      throw new StepFailure("stage", Kind.ERROR, "source " + source + ": " + message, failure);
    }
    throw new StepFailure("stage", Kind.ERROR, "source " + source + " cannot be read: " + message, failure);
  }

  private void misfits(Statement s, String source, String into) throws SQLException, StepFailure {
    List<String> problems = new ArrayList<>();
    int warnings = 0;
    try (var rs = s.executeQuery("SHOW WARNINGS")) {
      while (rs.next()) {
        if (!"Note".equalsIgnoreCase(rs.getString(1))) {
          warnings++;
          if (problems.size() < SHOWN) {
            problems.add(Misfits.describe(rs.getInt(2), rs.getString(3)));
          }
        }
      }
    }
    if (warnings > 0) {
      throw new StepFailure("stage", Kind.MISFIT, "source " + source + " does not fit the " + into + ": "
          + String.join("; ", problems) + (warnings > SHOWN ? " (and " + (warnings - SHOWN) + " more)" : ""));
    }
  }

  private static Optional<Column> match(Table table, String name) {
    Optional<Column> exact = table.column(name);
    if (exact.isPresent()) {
      return exact;
    }
    return table.columns().stream().filter(c -> c.columnName().equalsIgnoreCase(name) || c.name().equalsIgnoreCase(name))
        .findFirst();
  }

  static StepFailure storage(SQLException e, String what) {
    if (Storage.isUnavailable(e)) {
      return new StepFailure("stage", Kind.TRANSIENT, what + ": the storage cannot be reached", e);
    }
    return new StepFailure("stage", Kind.ERROR, what + ": " + e.getMessage(), e);
  }
}
