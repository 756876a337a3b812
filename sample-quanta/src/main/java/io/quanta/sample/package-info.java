/**
 * The sample mesh's data: deterministic generators for its seed files (customers, sales orders at any
 * scale) and the store door counter that writes the sidecar quantum's table.
 */
package io.quanta.sample;
