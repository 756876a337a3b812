/**
 * Search: full text over quanta and contracts with boosts, highlights and multi-select facets, and
 * type-ahead suggestions. Queries are built as Elasticsearch JSON by {@link io.quanta.dictionary.search.SearchQuery},
 * so the benchmark can send exactly the same query straight to Elasticsearch.
 */
package io.quanta.dictionary.search;
