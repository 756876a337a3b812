package io.quanta.cli.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.discovery.DescriptorPreview;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the ODPS descriptor the quantum would serve at {@code /discovery/descriptor}, offline, and checks it
 * against the official ODPS v1.0.0 JSON Schema.
 */
final class DescriptorCheck {

  static final String NAME = "descriptor";

  private DescriptorCheck() {
  }

  static CheckResult run(QuantumFolder folder, QuantumConfig config, DataContract written, DataContract served) {
    if (config == null || written == null) {
      return CheckResult.skipped(NAME, "needs a quantum.yaml that loads and a contract that lints");
    }
    ObjectNode descriptor;
    try {
      descriptor = DescriptorPreview.build(config, written, served);
    } catch (ConfigException e) {
      return CheckResult.ran(NAME, "cannot be built: 'quanta run' would refuse to start", List.of(new Finding(
          Severity.ERROR, "quantum-yaml", folder.name(folder.absolute().resolve(ConfigCheck.NAME)), "", null,
          e.getMessage())));
    }
    List<Finding> findings = new ArrayList<>();
    String source = "descriptor of " + config.id();
    for (Error error : OdpsSchema.validate(descriptor)) {
      findings.add(new Finding(Severity.ERROR, "odps-schema", source, error.getInstanceLocation().toString(), null,
          error.getMessage()));
    }
    String summary = findings.isEmpty()
        ? "valid ODPS v1.0.0: " + count(descriptor, "outputPorts", "output port") + ", "
            + count(descriptor, "inputPorts", "input port") + ", "
            + count(descriptor, "managementPorts", "management port")
        : "the descriptor the quantum would serve is not valid ODPS v1.0.0";
    return CheckResult.ran(NAME, summary, findings);
  }

  private static String count(ObjectNode descriptor, String field, String word) {
    int n = descriptor.path(field).size();
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
