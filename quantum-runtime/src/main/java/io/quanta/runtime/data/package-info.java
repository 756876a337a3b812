/**
 * The output port: {@code GET /data/{object}} and {@code GET /data/{object}/{key}}. Query parameters are
 * parsed against the contract (identifiers only ever come from it; values are always bound), rows are
 * streamed from a server-side cursor straight into the response with backpressure, never buffered.
 */
package io.quanta.runtime.data;
