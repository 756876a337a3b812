/**
 * Contract diff: every change between two versions of a data contract, whether it breaks the
 * consumers who read the output port, and the smallest semantic-version bump the changes need.
 * The rule table is in {@code docs/contract-diff.md}.
 */
package io.quanta.contract.diff;
