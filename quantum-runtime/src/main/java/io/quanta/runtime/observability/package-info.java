/**
 * Observability: liveness and readiness, Prometheus metrics, and status with row counts, freshness, the
 * quality summary and SLA compliance. Quality results themselves are served by
 * {@link io.quanta.runtime.quality.QualityRoutes}.
 */
package io.quanta.runtime.observability;
