package io.quanta.runtime.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One contract object bound to a table of the quantum's database: its columns in contract order, its
 * primary key, and the column freshness is measured on (sidecar mode).
 */
public record Table(String object, String tableName, List<Column> columns, List<Column> primaryKey,
    Column freshnessColumn, boolean create, Map<String, Column> byName) {

  public Table(String object, String tableName, List<Column> columns, List<Column> primaryKey,
      Column freshnessColumn, boolean create) {
    this(object, tableName, List.copyOf(columns), List.copyOf(primaryKey), freshnessColumn, create,
        columns.stream().collect(Collectors.toUnmodifiableMap(Column::name, Function.identity())));
  }

  /** The same object held in another table (a published version, a candidate being built). */
  public Table withTableName(String physical) {
    return new Table(object, physical, columns, primaryKey, freshnessColumn, create, byName);
  }

  /** The column a consumer calls by this name; only names from the contract ever reach SQL. */
  public Optional<Column> column(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
