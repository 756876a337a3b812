/**
 * The quantum's side of the dictionary registry: it announces itself at start and sends heartbeats,
 * and never lets a missing dictionary stop it.
 */
package io.quanta.runtime.registry;
