/**
 * Control of the quantum by its owner: lifecycle state (active, paused, deprecated, retired),
 * on-demand quality checks, and access grants and requests.
 */
package io.quanta.runtime.control;
