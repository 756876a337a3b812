/**
 * The managed pipeline of a quantum: sources → staging → SQL transform → contract conformance → quality gate
 * → atomic, versioned publish, with its runs, triggers and routes. See docs/pipeline.md.
 */
package io.quanta.runtime.pipeline;
