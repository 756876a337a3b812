/**
 * Federated governance: the global policy set the dictionary serves for quanta to enforce on themselves,
 * and the compliance report of every quantum's effective contract against it.
 */
package io.quanta.dictionary.governance;
