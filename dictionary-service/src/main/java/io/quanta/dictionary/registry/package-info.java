/**
 * The registry of quanta: announcements (and heartbeats), deletions and seed URLs, written to the quanta
 * index, with a local spool that keeps announcements accepted while Elasticsearch is down.
 */
package io.quanta.dictionary.registry;
