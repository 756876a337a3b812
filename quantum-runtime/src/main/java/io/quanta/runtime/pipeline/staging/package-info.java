/**
 * Staging: each source streamed into its table with {@code LOAD DATA LOCAL INFILE}, every warning a
 * misfit that stops the run. Staging and candidate tables are never visible to readers.
 */
package io.quanta.runtime.pipeline.staging;
