package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The values a quality rule's {@code mustBe…} operators accept, as an interval when they are numeric,
 * so that any two thresholds compare: a child's threshold is stricter when its interval lies inside
 * the parent's ({@code mustBeLessThan 5} inside {@code mustBeLessOrEqualTo 10}, {@code mustBe 0} inside
 * {@code mustBeBetween [0, 3]}).
 */
record Threshold(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {

  static final List<String> OPERATORS = List.of("mustBe", "mustNotBe", "mustBeGreaterThan",
      "mustBeGreaterOrEqualTo", "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween");

  private static final Threshold ANY = new Threshold(null, false, null, false);

  static boolean hasOperator(JsonNode rule) {
    return OPERATORS.stream().anyMatch(op -> Nodes.has(rule, op));
  }

  /** The operators of a rule as written, for messages: {@code mustBeLessThan 5}. */
  static String describe(JsonNode rule) {
    String text = OPERATORS.stream().filter(op -> Nodes.has(rule, op))
        .map(op -> op + " " + Nodes.show(rule.get(op))).collect(Collectors.joining(", "));
    return text.isEmpty() ? "no threshold" : text;
  }

  /** True when every value the child's operators accept is accepted by the parent's. */
  static boolean tightens(JsonNode parent, JsonNode child) {
    if (!hasOperator(parent)) {
      return true;
    }
    Optional<Threshold> outer = of(parent);
    Optional<Threshold> inner = of(child);
    if (outer.isPresent() && inner.isPresent()) {
      return inner.get().within(outer.get());
    }
    if (only(parent, "mustNotBeBetween") && only(child, "mustNotBeBetween")) {
      // Excluding a wider range excludes the parent's range too.
      return new Threshold(number(child, "mustNotBeBetween", 0), false, number(child, "mustNotBeBetween", 1), false)
          .contains(number(parent, "mustNotBeBetween", 0), number(parent, "mustNotBeBetween", 1));
    }
    return OPERATORS.stream().allMatch(op -> Nodes.same(Nodes.get(parent, op), Nodes.get(child, op)));
  }

  /** The interval of a rule whose operators are all numeric bounds; empty otherwise. */
  static Optional<Threshold> of(JsonNode rule) {
    Threshold bounds = ANY;
    boolean any = false;
    for (String op : OPERATORS) {
      JsonNode value = Nodes.get(rule, op);
      if (value == null) {
        continue;
      }
      any = true;
      Optional<BigDecimal> n = value.isNumber() ? Nodes.number(value) : Optional.empty();
      switch (op) {
        case "mustBe" -> {
          if (n.isEmpty()) {
            return Optional.empty();
          }
          bounds = bounds.and(new Threshold(n.get(), false, n.get(), false));
        }
        case "mustBeGreaterThan", "mustBeGreaterOrEqualTo" -> {
          if (n.isEmpty()) {
            return Optional.empty();
          }
          bounds = bounds.and(new Threshold(n.get(), op.equals("mustBeGreaterThan"), null, false));
        }
        case "mustBeLessThan", "mustBeLessOrEqualTo" -> {
          if (n.isEmpty()) {
            return Optional.empty();
          }
          bounds = bounds.and(new Threshold(null, false, n.get(), op.equals("mustBeLessThan")));
        }
        case "mustBeBetween" -> {
          BigDecimal low = number(rule, op, 0);
          BigDecimal high = number(rule, op, 1);
          if (low == null || high == null) {
            return Optional.empty();
          }
          bounds = bounds.and(new Threshold(low, false, high, false));
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    return any ? Optional.of(bounds) : Optional.empty();
  }

  private Threshold and(Threshold other) {
    boolean otherLow = other.low != null && (low == null || other.low.compareTo(low) > 0
        || other.low.compareTo(low) == 0 && other.lowOpen);
    boolean otherHigh = other.high != null && (high == null || other.high.compareTo(high) < 0
        || other.high.compareTo(high) == 0 && other.highOpen);
    return new Threshold(otherLow ? other.low : low, otherLow ? other.lowOpen : lowOpen,
        otherHigh ? other.high : high, otherHigh ? other.highOpen : highOpen);
  }

  private boolean within(Threshold outer) {
    if (outer.low != null) {
      if (low == null) {
        return false;
      }
      int c = low.compareTo(outer.low);
      if (c < 0 || c == 0 && outer.lowOpen && !lowOpen) {
        return false;
      }
    }
    if (outer.high != null) {
      if (high == null) {
        return false;
      }
      int c = high.compareTo(outer.high);
      return !(c > 0 || c == 0 && outer.highOpen && !highOpen);
    }
    return true;
  }

  private boolean contains(BigDecimal from, BigDecimal to) {
    return low != null && high != null && from != null && to != null
        && low.compareTo(from) <= 0 && high.compareTo(to) >= 0;
  }

  private static boolean only(JsonNode rule, String operator) {
    return OPERATORS.stream().filter(op -> Nodes.has(rule, op)).toList().equals(List.of(operator));
  }

  private static BigDecimal number(JsonNode rule, String op, int index) {
    JsonNode range = rule.get(op);
    if (range == null || !range.isArray() || range.size() != 2 || !range.get(index).isNumber()) {
      return null;
    }
    return range.get(index).decimalValue();
  }
}
