/**
 * Test support: one real embedded Elasticsearch per test JVM, a real dictionary on port 0 against it, and
 * small fixture servers that answer like broken quanta.
 */
package io.quanta.dictionary.testing;
