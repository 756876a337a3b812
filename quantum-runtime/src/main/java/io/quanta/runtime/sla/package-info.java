/**
 * Freshness and the contract's service levels: how old the newest row of each object is, measured on
 * its timestamp column, against the {@code latency} promised in {@code slaProperties}; the other SLA
 * properties are read and reported.
 */
package io.quanta.runtime.sla;
