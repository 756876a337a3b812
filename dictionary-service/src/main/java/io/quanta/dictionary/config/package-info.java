/**
 * The dictionary's settings: an optional YAML file, {@code QUANTA_*} environment overrides and command-line
 * flags, read and checked before anything starts.
 */
package io.quanta.dictionary.config;
