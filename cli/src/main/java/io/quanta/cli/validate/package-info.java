/**
 * {@code quanta validate DIR}: every check a quantum folder can pass before it runs — quantum.yaml, contract
 * lint, inheritance, governance policies (local and the dictionary's), the ODPS descriptor it would serve and
 * its SQL — gathered into one report.
 */
package io.quanta.cli.validate;
