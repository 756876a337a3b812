/**
 * Pipeline runs: their record (trigger, times, steps with rows in and out, outcome, error, the quality
 * gate's findings), its table {@code _quanta_runs}, live progress, and metrics.
 */
package io.quanta.runtime.pipeline.runs;
