package io.quanta.contract.governance;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.SourceMap;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.governance.check.CheckParams;
import io.quanta.contract.governance.check.CheckRegistry;
import io.quanta.contract.governance.check.InvalidParamException;
import io.quanta.contract.governance.check.PolicyCheck;
import io.quanta.contract.governance.check.PolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one entry of a set's {@code policies} list: a full policy, or in a domain set a severity override. */
final class PolicyEntryReader {

  private static final List<String> FIELDS = List.of("id", "description", "severity", "scope", "check", "params");
  private static final List<String> SCOPE_FIELDS = List.of("domains", "classifications", "statuses");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** One read entry: exactly one of policy and override is set. */
  record Entry(String id, Policy policy, SeverityOverride override) {
  }

  private final CheckRegistry registry;
  private final PolicyFileProblems problems;
  private final PolicyLevel level;

  PolicyEntryReader(CheckRegistry registry, PolicyFileProblems problems, PolicyLevel level) {
    this.registry = registry;
    this.problems = problems;
    this.level = level;
  }

  /** The entry, or empty when it has problems (which are reported). */
  Optional<Entry> read(JsonNode node, String pointer) {
    if (node == null || !node.isObject()) {
      problems.error(PolicyFileProblems.FORMAT, pointer, "a policy must be a mapping with id, description,"
          + " severity, check and params");
      return Optional.empty();
    }
    int before = problems.count();
    problems.rejectUnknown(node, pointer, "a policy", FIELDS);
    String id = problems.text(node, "id", pointer, true);
    if (id != null && !ID.matcher(id).matches()) {
      problems.error(PolicyFileProblems.FORMAT, pointer + "/id", "policy id '" + id + "' may hold only letters,"
          + " digits, dots, dashes and underscores");
    }
    Severity severity = severity(node, pointer);
    String checkName = problems.text(node, "check", pointer, false);
    if (checkName == null && node.get("check") == null && level == PolicyLevel.DOMAIN) {
      return override(node, pointer, id, severity, before);
    }
    String description = problems.text(node, "description", pointer, true);
    if (checkName == null && node.get("check") == null) {
      problems.error(PolicyFileProblems.FORMAT, pointer, "check is missing in " + pointer
          + "; name one of " + String.join(", ", registry.names()));
    }
    PolicyScope scope = scope(node.get("scope"), pointer + "/scope");
    PolicyRule rule = checkName == null ? null : rule(checkName, node.get("params"), pointer);
    if (problems.count() > before || rule == null) {
      return Optional.empty();
    }
    return Optional.of(new Entry(id, new Policy(id, description, severity, scope, rule, problems.origin(pointer)),
        null));
  }

  private Optional<Entry> override(JsonNode node, String pointer, String id, Severity severity, int before) {
    for (String field : List.of("scope", "params")) {
      if (node.has(field)) {
        problems.error(PolicyFileProblems.FORMAT, pointer + "/" + field, field + " needs a check: a policy without"
            + " check only raises the severity of the global policy with its id");
      }
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new Entry(id, null, new SeverityOverride(id, severity, problems.origin(pointer))));
  }

  private Severity severity(JsonNode node, String pointer) {
    String word = problems.text(node, "severity", pointer, true);
    if (word == null) {
      return null;
    }
    try {
      return Severity.parse(word);
    } catch (IllegalArgumentException e) {
      problems.error(PolicyFileProblems.FORMAT, pointer + "/severity", e.getMessage());
      return null;
    }
  }

  private PolicyRule rule(String name, JsonNode params, String pointer) {
    Optional<PolicyCheck> check = registry.find(name);
    if (check.isEmpty()) {
      problems.error(PolicyFileProblems.UNKNOWN_CHECK, pointer + "/check", "unknown check '" + name + "'; the"
          + " checks are " + String.join(", ", registry.names()));
      return null;
    }
    try {
      return check.get().configure(CheckParams.of(params));
    } catch (InvalidParamException e) {
      String at = pointer + "/params" + (e.param() == null ? "" : "/" + SourceMap.escape(e.param()));
      problems.error(PolicyFileProblems.PARAMS, params == null ? pointer : at, e.getMessage());
      return null;
    }
  }

  private PolicyScope scope(JsonNode node, String pointer) {
    if (node == null || node.isNull()) {
      return PolicyScope.ALL;
    }
    if (!node.isObject()) {
      problems.error(PolicyFileProblems.FORMAT, pointer, "scope must be a mapping of domains, classifications"
          + " and statuses");
      return PolicyScope.ALL;
    }
    problems.rejectUnknown(node, pointer, "a scope", SCOPE_FIELDS);
    return new PolicyScope(names(node, "domains", pointer), names(node, "classifications", pointer),
        names(node, "statuses", pointer));
  }

  private List<String> names(JsonNode scope, String field, String pointer) {
    JsonNode value = scope.get(field);
    List<String> names = new ArrayList<>();
    if (value == null || value.isNull()) {
      return names;
    }
    String at = pointer + "/" + field;
    if (value.isValueNode() && !value.asText().isBlank()) {
      names.add(value.asText());
    } else if (value.isArray() && !value.isEmpty()) {
      for (JsonNode item : value) {
        if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
          problems.error(PolicyFileProblems.FORMAT, at, field + " must be a list of names");
          return List.of();
        }
        names.add(item.asText());
      }
    } else {
      problems.error(PolicyFileProblems.FORMAT, at, field + " must be a non-empty list of names; leave it out to"
          + " match every contract");
    }
    return names;
  }
}
