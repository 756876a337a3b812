/**
 * Where a managed quantum's rows come from: CSV and NDJSON files (on disk or over HTTP), a query on
 * another database, and other quanta's output ports, read page by page in key order. Every source is
 * read as a stream of rows encoded for {@code LOAD DATA LOCAL INFILE}, never held whole.
 */
package io.quanta.runtime.pipeline.source;
