package io.quanta.dictionary.contracts;

import com.fasterxml.jackson.databind.JsonNode;

/** Writes a quality rule's threshold as people read it: {@code nullValues = 0}, {@code rowCount > 1000}. */
final class Thresholds {

  private static final String[][] OPERATORS = {
      {"mustBe", "="}, {"mustNotBe", "≠"}, {"mustBeGreaterThan", ">"}, {"mustBeGreaterOrEqualTo", "≥"},
      {"mustBeLessThan", "<"}, {"mustBeLessOrEqualTo", "≤"}, {"mustBeBetween", "between"},
      {"mustNotBeBetween", "not between"}};

  private Thresholds() {
  }

  static String describe(JsonNode rule) {
    String what = ContractFields.text(rule.path("metric"));
    if (what == null) {
      what = ContractFields.text(rule.path("rule"));
    }
    if (what == null) {
      what = ContractFields.text(rule.path("type"));
    }
    StringBuilder out = new StringBuilder(what == null ? "rule" : what);
    for (String[] operator : OPERATORS) {
      JsonNode value = rule.path(operator[0]);
      if (!value.isMissingNode() && !value.isNull()) {
        out.append(' ').append(operator[1]).append(' ')
            .append(value.isArray() && value.size() == 2 ? value.get(0).asText() + " and " + value.get(1).asText()
                : value.isValueNode() ? value.asText() : value.toString());
      }
    }
    String unit = ContractFields.text(rule.path("unit"));
    if (unit != null) {
      out.append(unit.equalsIgnoreCase("percent") ? " %" : " " + unit);
    }
    return out.toString();
  }
}
