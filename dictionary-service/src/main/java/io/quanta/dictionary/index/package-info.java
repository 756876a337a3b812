/**
 * The dictionary's Elasticsearch indices: versioned indices behind aliases with explicit mappings
 * ({@code <prefix>-quanta-v1} behind {@code <prefix>-quanta}), migrated without downtime when a mapping
 * version changes, and the batching writer every write goes through.
 */
package io.quanta.dictionary.index;
