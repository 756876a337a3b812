/**
 * Findings: what lint, inheritance resolution, diff and governance report about a contract, each with
 * a severity, a JSON path, a source position when there is one, and a sentence a person understands.
 */
package io.quanta.contract.finding;
