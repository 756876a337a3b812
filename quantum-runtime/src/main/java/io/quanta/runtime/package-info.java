/**
 * The quantum runtime: one process per data quantum, the same discovery, observability, control and
 * data endpoints on every quantum. {@link io.quanta.runtime.QuantumMain} starts it from a folder.
 */
package io.quanta.runtime;
