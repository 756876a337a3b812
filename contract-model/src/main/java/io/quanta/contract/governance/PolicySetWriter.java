package io.quanta.contract.governance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes a policy set back in the file format, so a service can serve the sets it loaded. */
final class PolicySetWriter {

  private PolicySetWriter() {
  }

  static ObjectNode toTree(PolicySet set) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("kind", PolicySetReader.KIND);
    node.put("name", set.name());
    if (!set.description().isEmpty()) {
      node.put("description", set.description());
    }
    node.put("level", set.level().word());
    if (set.domain() != null) {
      node.put("domain", set.domain());
    }
    ArrayNode policies = node.putArray("policies");
    for (Policy policy : set.policies()) {
      ObjectNode entry = policies.addObject();
      entry.put("id", policy.id());
      entry.put("description", policy.description());
      entry.put("severity", policy.severity().word());
      if (!policy.scope().isAll()) {
        ObjectNode scope = entry.putObject("scope");
        list(scope, "domains", policy.scope().domains());
        list(scope, "classifications", policy.scope().classifications());
        list(scope, "statuses", policy.scope().statuses());
      }
      entry.put("check", policy.check());
      if (!policy.rule().params().isEmpty()) {
        entry.set("params", policy.rule().params());
      }
    }
    for (SeverityOverride override : set.overrides()) {
      policies.addObject().put("id", override.id()).put("severity", override.severity().word());
    }
    return node;
  }

  private static void list(ObjectNode scope, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = scope.putArray(field);
      values.forEach(array::add);
    }
  }
}
