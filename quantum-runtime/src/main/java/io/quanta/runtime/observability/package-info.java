/**
 * Observability: liveness and readiness, Prometheus metrics, status with freshness and SLA compliance,
 * and quality results with history.
 */
package io.quanta.runtime.observability;
