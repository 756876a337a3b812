/**
 * The {@code quanta} command line: one picocli command tree, one class per command, each a thin shell
 * over the library that does the work.
 */
package io.quanta.cli;
