/**
 * The crawler: reads every registered quantum's discovery and observability endpoints, periodically and at
 * once on announcement, with bounded concurrency, timeouts and per-quantum exponential backoff, and indexes
 * what it found, or why it could not.
 */
package io.quanta.dictionary.crawler;
