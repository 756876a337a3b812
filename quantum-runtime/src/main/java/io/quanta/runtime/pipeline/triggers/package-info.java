/**
 * What starts a pipeline run besides a person: a cron schedule, and an upstream quantum publishing a new
 * version (polled on a bounded interval).
 */
package io.quanta.runtime.pipeline.triggers;
