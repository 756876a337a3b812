package io.quanta.runtime.data;

import io.quanta.runtime.data.DataQuery.Order;
import io.quanta.runtime.data.Filter.Operator;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the query string of a data read. Reserved parameters: {@code select}, {@code order},
 * {@code limit}, {@code after}, {@code format}, {@code version} (a managed quantum's kept version); every
 * other parameter must be a column of the object and reads as {@code column=op.value}.
 */
public final class QueryParser {

  static final Set<String> RESERVED = Set.of("select", "order", "limit", "after", "format", "version");
  private static final int MAX_IN_VALUES = 1000;

  private QueryParser() {
  }

  public static DataQuery parse(Table table, MultiMap params) {
    List<Column> select = select(table, single(params, "select"));
    List<Filter> filters = new ArrayList<>();
    for (String name : params.names()) {
      if (RESERVED.contains(name)) {
        continue;
      }
      Column column = column(table, name);
      for (String expression : params.getAll(name)) {
        filters.add(filter(column, expression));
      }
    }
    List<Order> order = order(table, single(params, "order"));
    String afterText = single(params, "after");
    List<Object> after = null;
    if (afterText != null) {
      if (table.primaryKey().isEmpty()) {
        throw Problem.badRequest("no-primary-key", "object " + table.object()
            + " has no primary key in its contract, so it cannot be paged with after=");
      }
      if (!order.isEmpty()) {
        throw Problem.badRequest("after-with-order", "after= pages in primary-key order; drop order= to use it");
      }
      after = key(table, afterText);
    }
    return new DataQuery(table, select, filters, order, after, limit(single(params, "limit")));
  }

  /** Parses a primary-key value from a path or {@code after=}: composite keys are comma-separated. */
  public static List<Object> key(Table table, String text) {
    List<Column> key = table.primaryKey();
    String[] parts = key.size() == 1 ? new String[] {text} : text.split(",", -1);
    if (parts.length != key.size()) {
      throw Problem.badRequest("bad-key", "the key of " + table.object() + " has " + key.size() + " parts ("
          + key.stream().map(Column::name).toList() + "), separated by commas");
    }
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      values.add(Values.parse(key.get(i), parts[i]));
    }
    return values;
  }

  private static String single(MultiMap params, String name) {
    List<String> all = params.getAll(name);
    if (all.size() > 1) {
      throw Problem.badRequest("repeated-parameter", name + " may be given once");
    }
    return all.isEmpty() ? null : all.get(0);
  }

  private static Column column(Table table, String name) {
    return table.column(name).orElseThrow(() -> Problem.badRequest("unknown-column",
        "object " + table.object() + " has no column '" + Negotiation.truncate(name) + "'")
        .with("columns", table.columns().stream().map(Column::name).toList()));
  }

  private static List<Column> select(Table table, String text) {
    if (text == null || text.isBlank()) {
      return table.columns();
    }
    List<Column> columns = new ArrayList<>();
    for (String name : text.split(",")) {
      Column column = column(table, name.trim());
      if (!columns.contains(column)) {
        columns.add(column);
      }
    }
    return columns;
  }

  private static Filter filter(Column column, String expression) {
    int dot = expression.indexOf('.');
    if (dot < 0) {
      throw Problem.badRequest("bad-filter", "filter on " + column.name() + " must read op.value, e.g. "
          + column.name() + "=eq.42 (operators: eq, neq, gt, gte, lt, lte, like, in, is)");
    }
    String op = expression.substring(0, dot).toLowerCase(Locale.ROOT);
    String value = expression.substring(dot + 1);
    Operator operator;
    try {
      operator = Operator.valueOf(op.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("bad-operator", "'" + Negotiation.truncate(op) + "' is not an operator; use eq, neq, gt,"
          + " gte, lt, lte, like, in or is");
    }
    return switch (operator) {
      case IS -> new Filter(column, operator, List.of(isValue(column, value)));
      case IN -> new Filter(column, operator, inValues(column, value));
      case LIKE -> {
        if (column.kind() != io.quanta.runtime.schema.ValueKind.STRING) {
          throw Problem.badRequest("bad-operator", "like works on text columns; " + column.name() + " is not text");
        }
        yield new Filter(column, operator, List.of(value.replace('*', '%')));
      }
      default -> new Filter(column, operator, List.of(Values.parse(column, value)));
    };
  }

  private static Object isValue(Column column, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "null" -> "NULL";
      case "notnull", "not.null" -> "NOT NULL";
      case "true" -> "TRUE";
      case "false" -> "FALSE";
      default -> throw Problem.badRequest("bad-value", "is. takes null, notnull, true or false, not '"
          + Negotiation.truncate(value) + "' (column " + column.name() + ")");
    };
  }

  private static List<Object> inValues(Column column, String value) {
    String list = value.startsWith("(") && value.endsWith(")") ? value.substring(1, value.length() - 1) : value;
    if (list.isEmpty()) {
      throw Problem.badRequest("bad-value", "in. needs at least one value, e.g. " + column.name() + "=in.(a,b)");
    }
    String[] parts = list.split(",", -1);
    if (parts.length > MAX_IN_VALUES) {
      throw Problem.badRequest("too-many-values", "in. takes at most " + MAX_IN_VALUES + " values");
    }
    List<Object> values = new ArrayList<>();
    for (String part : parts) {
      values.add(Values.parse(column, part));
    }
    return values;
  }

  private static List<Order> order(Table table, String text) {
    List<Order> order = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return order;
    }
    for (String term : text.split(",")) {
      String[] parts = term.trim().split("\\.");
      if (parts.length > 2) {
        throw Problem.badRequest("bad-order", "order terms read column or column.asc or column.desc");
      }
      Column column = column(table, parts[0]);
      boolean descending = false;
      if (parts.length == 2) {
        switch (parts[1].toLowerCase(Locale.ROOT)) {
          case "asc" -> descending = false;
          case "desc" -> descending = true;
          default -> throw Problem.badRequest("bad-order", "order direction must be asc or desc, not '"
              + Negotiation.truncate(parts[1]) + "'");
        }
      }
      order.add(new Order(column, descending));
    }
    return order;
  }

  private static Long limit(String text) {
    if (text == null) {
      return null;
    }
    try {
      long limit = Long.parseLong(text.trim());
      if (limit < 0) {
        throw new NumberFormatException();
      }
      return limit;
    } catch (NumberFormatException e) {
      throw Problem.badRequest("bad-limit", "limit must be a whole number of rows, 0 or more");
    }
  }
}
