/**
 * What a candidate must pass before it is published: governance policies (the quantum's own and the
 * mesh's global set from the dictionary) and the contract's quality rules, measured by the quality engine
 * on the candidate tables.
 */
package io.quanta.runtime.pipeline.gate;
