package io.quanta.runtime.pipeline.transform;

import io.quanta.runtime.pipeline.runs.StepFailure;
import io.quanta.runtime.pipeline.runs.StepFailure.Kind;
import io.quanta.runtime.pipeline.staging.Misfits;
import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import io.quanta.runtime.storage.Storage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs an object's SELECT into its candidate table: first its columns are matched to the object's
 * properties by name (an unknown column or a missing required one is a misfit), then
 * {@code INSERT … SELECT} runs in strict mode, where a value that does not fit its column, a NULL in a
 * required column or a repeated key stops the statement with an error that names the column.
 */
public final class Transformer {

  /** MySQL errors that mean a row does not fit the table (types, nulls, keys, lengths, ranges). */
  private static final Set<Integer> MISFITS = Set.of(1048, 1062, 1264, 1265, 1292, 1366, 1406, 1411, 1918, 4025);

  /** What the transform made of one object: rows out, and columns it left empty. */
  public record Produced(long rows, String note) {
  }

  private final Connection connection;

  public Transformer(Connection connection) {
    this.connection = connection;
  }

  public Produced produce(String select, Table candidate) throws StepFailure {
    List<String> labels = labels(select, candidate.object());
    List<String> targets = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<Column> matched = new ArrayList<>();
    for (String label : labels) {
      Column column = match(candidate, label).orElseThrow(() -> new StepFailure("transform", Kind.MISFIT,
          "the transform's SELECT for " + candidate.object() + " returns column " + label + ", which object "
              + candidate.object() + " does not have (its properties: "
              + candidate.columns().stream().map(Column::name).toList() + ")"));
      if (matched.contains(column)) {
        throw new StepFailure("transform", Kind.MISFIT, "the transform's SELECT for " + candidate.object()
            + " returns property " + column.name() + " twice");
      }
      matched.add(column);
      targets.add("`" + column.columnName() + "`");
      values.add("q.`" + label.replace("`", "``") + "`");
    }
    List<String> empty = new ArrayList<>();
    for (Column column : candidate.columns()) {
      if (!matched.contains(column)) {
        if (column.required()) {
          throw new StepFailure("transform", Kind.MISFIT, "the transform's SELECT for " + candidate.object()
              + " returns no column " + column.name() + ", which the object requires");
        }
        empty.add(column.name());
      }
    }
    String insert = "INSERT INTO `" + candidate.tableName() + "` (" + String.join(", ", targets) + ") SELECT "
        + String.join(", ", values) + " FROM (" + select + ") q";
    try (Statement s = connection.createStatement()) {
      long rows = s.executeLargeUpdate(insert);
      return new Produced(rows, empty.isEmpty() ? null : "not returned by the SELECT, left empty: " + empty);
    } catch (SQLException e) {
      throw failure(e, candidate.object());
    }
  }

  private List<String> labels(String select, String object) throws StepFailure {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM (" + select + ") q LIMIT 0")) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> labels = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        labels.add(meta.getColumnLabel(i));
      }
      return labels;
    } catch (SQLException e) {
      throw failure(e, object);
    }
  }

  private static Optional<Column> match(Table table, String label) {
    Optional<Column> exact = table.column(label);
    return exact.isPresent() ? exact : table.columns().stream()
        .filter(c -> c.columnName().equalsIgnoreCase(label) || c.name().equalsIgnoreCase(label)).findFirst();
  }

  private static StepFailure failure(SQLException e, String object) {
    if (Storage.isUnavailable(e)) {
      return new StepFailure("transform", Kind.TRANSIENT, "the storage cannot be reached while transforming "
          + object, e);
    }
    if (MISFITS.contains(e.getErrorCode())) {
      return new StepFailure("transform", Kind.MISFIT, "the transform's rows do not fit object " + object + ": "
          + Misfits.describe(e.getErrorCode(), e.getMessage()), e);
    }
    return new StepFailure("transform", Kind.ERROR, "the transform's SELECT for " + object + " failed: "
        + e.getMessage(), e);
  }
}
