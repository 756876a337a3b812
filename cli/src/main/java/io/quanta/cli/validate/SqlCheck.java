package io.quanta.cli.validate;

import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.QuantumConfig;

/**
 * Sanity of the SQL a managed quantum runs: its transform. A sidecar runs none: another program writes
 * its tables.
 */
final class SqlCheck {

  static final String NAME = "sql";

  private SqlCheck() {
  }

  static CheckResult run(QuantumFolder folder, QuantumConfig config, DataContract served) {
    if (config == null) {
      return CheckResult.skipped(NAME, "needs a quantum.yaml that loads");
    }
    if (config.mode() == QuantumConfig.Mode.SIDECAR) {
      return CheckResult.skipped(NAME,
          "sidecar mode: another program writes the tables, the quantum runs no transform");
    }
    return CheckResult.skipped(NAME, "managed mode: quantum.yaml names no transform in this version of the runtime");
  }
}
