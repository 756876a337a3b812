package io.quanta.runtime.schema;

/**
 * One property of a contract object as a column.
 *
 * @param name the property name consumers use in {@code select}, filters and output
 * @param columnName the physical column ({@code physicalName}, else the name)
 * @param sqlType the column type used in DDL
 * @param kind how values are parsed and written
 * @param required NOT NULL
 * @param unique a UNIQUE key
 */
public record Column(String name, String columnName, String sqlType, ValueKind kind, boolean required,
    boolean unique) {
}
