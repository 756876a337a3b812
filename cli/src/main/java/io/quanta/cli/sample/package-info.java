/** {@code quanta sample …}: the sample mesh's data generator and its sidecar's writer. */
package io.quanta.cli.sample;
