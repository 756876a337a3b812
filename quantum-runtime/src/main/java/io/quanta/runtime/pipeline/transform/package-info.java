/**
 * The transform of a managed quantum: a SQL file with one SELECT per object over the staged sources,
 * run as {@code INSERT … SELECT} into each object's candidate table in strict mode, so a value that does
 * not fit its column stops the run naming the column.
 */
package io.quanta.runtime.pipeline.transform;
