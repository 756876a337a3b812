/**
 * Contracts in the dictionary: what is indexed of each version (facts, effective fields with their
 * origins), inheritance resolved against the contracts the dictionary holds, and the contract API
 * (versions, publishing, effective form, ancestors, descendants).
 */
package io.quanta.dictionary.contracts;
