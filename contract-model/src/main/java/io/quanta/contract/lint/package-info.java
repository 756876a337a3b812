/**
 * Contract lint: validation against the official ODCS v3.1.0 JSON Schema, reduced to one plain-words
 * finding per mistake, plus the semantic checks the schema cannot express (duplicate names, references
 * to objects and properties that do not exist, key positions, the {@code extends} reference).
 *
 * <pre>{@code
 * LintReport report = ContractLinter.create().lint(Path.of("orders.odcs.yaml"));
 * report.findings().forEach(System.out::println);
 * }</pre>
 */
package io.quanta.contract.lint;
