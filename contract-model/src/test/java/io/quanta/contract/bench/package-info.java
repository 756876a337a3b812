/**
 * JMH benchmarks of the contract library, run with
 * {@code ./mvnw -B -q -o -pl contract-model -Pbench test-compile exec:exec -Dbench.args="REGEX -f 1 -wi 3 -i 5"}.
 */
package io.quanta.contract.bench;
