/**
 * {@code quantum.yaml}: the runtime settings of one quantum, read once at start, overridden by
 * environment variables, validated before Vert.x starts, and handed around as records.
 */
package io.quanta.runtime.config;
