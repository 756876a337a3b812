/** Baselines that the benchmark scripts in quantum-runtime/bench compare the runtime with. */
package io.quanta.runtime.bench;
