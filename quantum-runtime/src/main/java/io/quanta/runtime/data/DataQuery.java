package io.quanta.runtime.data;

import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import java.util.List;

/**
 * A parsed, validated read of one object: which columns, which rows, in which order, from where
 * (keyset), how many. Everything in it has been checked against the contract.
 */
public record DataQuery(Table table, List<Column> select, List<Filter> filters, List<Order> order,
    List<Object> after, Long limit) {

  /** One ORDER BY term. */
  public record Order(Column column, boolean descending) {
  }
}
