package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;

/** Builds contracts and configured rules from YAML snippets, so each test reads like a policy file. */
final class CheckFixtures {

  private CheckFixtures() {
  }

  static DataContract contract(String yaml) {
    try {
      return ContractCodec.read("apiVersion: v3.1.0\nkind: DataContract\nid: c\nversion: 1.0.0\nstatus: active\n"
          + yaml);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static PolicyRule rule(PolicyCheck check, String paramsYaml) throws InvalidParamException {
    return check.configure(CheckParams.of(params(paramsYaml)));
  }

  static JsonNode params(String yaml) {
    try {
      return yaml.isBlank() ? null : ContractCodec.yamlMapper().readTree(yaml);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
