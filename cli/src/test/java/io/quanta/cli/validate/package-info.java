/** Tests of {@code quanta validate}: each check, the dictionary reachable or not, both report formats. */
package io.quanta.cli.validate;
