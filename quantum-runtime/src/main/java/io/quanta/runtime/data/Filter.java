package io.quanta.runtime.data;

import io.quanta.runtime.schema.Column;
import java.util.List;

/** One {@code column=op.value} condition, with its values already converted to the column's type. */
public record Filter(Column column, Operator operator, List<Object> values) {

  /** The filter operators, PostgREST style. */
  public enum Operator {
    EQ("="), NEQ("<>"), GT(">"), GTE(">="), LT("<"), LTE("<="), LIKE("LIKE"), IN("IN"), IS("IS");

    private final String sql;

    Operator(String sql) {
      this.sql = sql;
    }

    public String sql() {
      return sql;
    }
  }
}
