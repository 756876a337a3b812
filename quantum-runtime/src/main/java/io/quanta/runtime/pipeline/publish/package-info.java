/**
 * Versioned, atomic publishing of a managed quantum's data: each object's rows of version K live in
 * {@code <table>__v<K>}, {@code _quanta_versions} says which versions are published, and reads resolve
 * the current (or a kept older) version's table in memory, swapped when a run publishes.
 */
package io.quanta.runtime.pipeline.publish;
