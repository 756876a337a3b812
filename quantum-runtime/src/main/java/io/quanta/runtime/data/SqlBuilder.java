package io.quanta.runtime.data;

import io.quanta.runtime.data.DataQuery.Order;
import io.quanta.runtime.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a {@link DataQuery} into one SELECT with bound parameters. Identifiers come from the catalog
 * (validated names, back-quoted); values are only ever parameters. Keyset paging expands
 * {@code (a, b) > (?, ?)} into {@code a > ? OR (a = ? AND b > ?)}, which uses the primary-key index
 * so skipped rows are never read.
 */
public final class SqlBuilder {

  /** SQL text and its parameters in order. */
  public record Sql(String text, List<Object> parameters) {
  }

  private SqlBuilder() {
  }

  public static Sql select(DataQuery query) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ")
        .append(query.select().stream().map(SqlBuilder::quoted).collect(Collectors.joining(", ")))
        .append(" FROM ").append(quoted(query.table().tableName()));
    List<String> conditions = new ArrayList<>();
    for (Filter filter : query.filters()) {
      conditions.add(condition(filter, parameters));
    }
    List<Column> key = query.table().primaryKey();
    if (query.after() != null) {
      conditions.add(keyset(key, query.after(), parameters));
    }
    if (!conditions.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", conditions));
    }
    if (!query.order().isEmpty()) {
      sql.append(" ORDER BY ").append(query.order().stream()
          .map(o -> quoted(o.column()) + (o.descending() ? " DESC" : " ASC")).collect(Collectors.joining(", ")));
    } else if (!key.isEmpty()) {
      sql.append(" ORDER BY ").append(key.stream().map(SqlBuilder::quoted).collect(Collectors.joining(", ")));
    }
    if (query.limit() != null) {
      sql.append(" LIMIT ?");
      parameters.add(query.limit());
    }
    return new Sql(sql.toString(), parameters);
  }

  /** One row by primary key. */
  public static Sql byKey(DataQuery query, List<Object> key) {
    List<Object> parameters = new ArrayList<>(key);
    String where = query.table().primaryKey().stream().map(c -> quoted(c) + " = ?").collect(Collectors.joining(" AND "));
    return new Sql("SELECT " + query.select().stream().map(SqlBuilder::quoted).collect(Collectors.joining(", "))
        + " FROM " + quoted(query.table().tableName()) + " WHERE " + where, parameters);
  }

  private static String condition(Filter filter, List<Object> parameters) {
    String column = quoted(filter.column());
    return switch (filter.operator()) {
      case IS -> column + " IS " + filter.values().get(0);
      case IN -> {
        parameters.addAll(filter.values());
        yield column + " IN (" + filter.values().stream().map(v -> "?").collect(Collectors.joining(", ")) + ")";
      }
      default -> {
        parameters.add(filter.values().get(0));
        yield column + " " + filter.operator().sql() + " ?";
      }
    };
  }

  private static String keyset(List<Column> key, List<Object> after, List<Object> parameters) {
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      List<String> terms = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        terms.add(quoted(key.get(j)) + " = ?");
        parameters.add(after.get(j));
      }
      terms.add(quoted(key.get(i)) + " > ?");
      parameters.add(after.get(i));
      alternatives.add(terms.size() == 1 ? terms.get(0) : "(" + String.join(" AND ", terms) + ")");
    }
    return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" OR ", alternatives) + ")";
  }

  static String quoted(Column column) {
    return quoted(column.columnName());
  }

  static String quoted(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }
}
