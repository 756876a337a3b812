/**
 * Benchmarks of the dictionary (run by {@code dictionary-service/bench/dictionary-bench.sh}, figures in
 * docs/benchmarks.md): crawl and index against bulk indexing, search p99 against the same query sent straight
 * to Elasticsearch, and descendants among 10,000 contracts in one query.
 */
package io.quanta.dictionary.bench;
