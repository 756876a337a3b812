/**
 * Quality: the contract's ODCS quality rules compiled into one scan per object plus one statement per
 * {@code sql} rule, run on schedule or on demand, compared with their thresholds, and kept with history
 * in {@code _quanta_quality_results}. {@link io.quanta.runtime.quality.QualityService} is the entry point.
 */
package io.quanta.runtime.quality;
