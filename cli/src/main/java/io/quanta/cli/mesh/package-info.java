/**
 * {@code quanta mesh up|status|down}: a whole mesh on one machine — shared embedded infrastructure, the
 * dictionary, and every quantum of a folder, each in a process of its own.
 */
package io.quanta.cli.mesh;
