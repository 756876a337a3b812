/**
 * The quantum's MySQL storage: an embedded MariaDB when none is configured, provisioning of the
 * quantum's own database and user, and a connection pool whose blocking calls run on a worker pool
 * of the same size, never on an event loop.
 */
package io.quanta.runtime.storage;
