/**
 * The contract's objects as tables: names, column types (physical, or mapped from logical types),
 * keys and nullability, and the DDL that creates them and Quanta's own bookkeeping tables.
 */
package io.quanta.runtime.schema;
