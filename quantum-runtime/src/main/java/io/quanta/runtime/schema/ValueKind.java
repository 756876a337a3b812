package io.quanta.runtime.schema;

/** How a column's values are parsed from text (filters, keys) and written out (JSON, CSV). */
public enum ValueKind {
  STRING, INTEGER, DECIMAL, BOOLEAN, DATE, TIMESTAMP, TIME, JSON
}
