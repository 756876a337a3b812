package io.quanta.runtime.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.model.QualityRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code mustBe…} operators of a rule. Several operators on one rule must all hold. The bounds of
 * {@code mustBeBetween} are included and those of {@code mustNotBeBetween} excluded, as in SQL's
 * {@code BETWEEN} and in {@code quanta contract diff}.
 */
public record Threshold(List<Condition> conditions) {

  /** One comparison. {@code high} is only used by the two range operators. */
  public record Condition(Operator operator, double value, double high) {

    boolean accepts(double measured) {
      return switch (operator) {
        case MUST_BE -> measured == value;
        case MUST_NOT_BE -> measured != value;
        case GREATER_THAN -> measured > value;
        case GREATER_OR_EQUAL -> measured >= value;
        case LESS_THAN -> measured < value;
        case LESS_OR_EQUAL -> measured <= value;
        case BETWEEN -> measured >= value && measured <= high;
        case NOT_BETWEEN -> measured < value || measured > high;
      };
    }

    String text() {
      return switch (operator) {
        case BETWEEN -> "between " + number(value) + " and " + number(high);
        case NOT_BETWEEN -> "not between " + number(value) + " and " + number(high);
        default -> operator.symbol + " " + number(value);
      };
    }
  }

  /** The ODCS operators. */
  public enum Operator {
    MUST_BE("mustBe", "="), MUST_NOT_BE("mustNotBe", "!="), GREATER_THAN("mustBeGreaterThan", ">"),
    GREATER_OR_EQUAL("mustBeGreaterOrEqualTo", ">="), LESS_THAN("mustBeLessThan", "<"),
    LESS_OR_EQUAL("mustBeLessOrEqualTo", "<="), BETWEEN("mustBeBetween", "between"),
    NOT_BETWEEN("mustNotBeBetween", "not between");

    private final String key;
    private final String symbol;

    Operator(String key, String symbol) {
      this.key = key;
      this.symbol = symbol;
    }

    public String key() {
      return key;
    }
  }

  public Threshold {
    conditions = List.copyOf(conditions);
  }

  /** The rule's operators; a value that is not a number is a {@link RuleProblem}. */
  public static Threshold of(QualityRule rule) {
    List<Condition> out = new ArrayList<>();
    single(out, Operator.MUST_BE, rule.mustBe());
    single(out, Operator.MUST_NOT_BE, rule.mustNotBe());
    single(out, Operator.GREATER_THAN, rule.mustBeGreaterThan());
    single(out, Operator.GREATER_OR_EQUAL, rule.mustBeGreaterOrEqualTo());
    single(out, Operator.LESS_THAN, rule.mustBeLessThan());
    single(out, Operator.LESS_OR_EQUAL, rule.mustBeLessOrEqualTo());
    range(out, Operator.BETWEEN, rule.mustBeBetween());
    range(out, Operator.NOT_BETWEEN, rule.mustNotBeBetween());
    return new Threshold(out);
  }

  /** True when the rule states no operator: its value is measured and reported, never judged. */
  public boolean none() {
    return conditions.isEmpty();
  }

  public boolean accepts(double measured) {
    return conditions.stream().allMatch(c -> c.accepts(measured));
  }

  /** For people and for storage: {@code "< 5"}, {@code "between 0 and 10 and != 3"}; null when none. */
  public String text() {
    return none() ? null : conditions.stream().map(Condition::text).collect(Collectors.joining(" and "));
  }

  private static void single(List<Condition> out, Operator operator, Object value) {
    if (value == null) {
      return;
    }
    double v = number(operator, value);
    out.add(new Condition(operator, v, v));
  }

  private static void range(List<Condition> out, Operator operator, List<Number> bounds) {
    if (bounds == null) {
      return;
    }
    if (bounds.size() != 2 || bounds.get(0) == null || bounds.get(1) == null) {
      throw new RuleProblem(operator.key + " needs two numbers, smallest first, like [0, 100]");
    }
    double low = bounds.get(0).doubleValue();
    double high = bounds.get(1).doubleValue();
    if (low > high) {
      throw new RuleProblem(operator.key + " needs the smallest number first, not [" + number(low) + ", "
          + number(high) + "]");
    }
    out.add(new Condition(operator, low, high));
  }

  private static double number(Operator operator, Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    JsonNode node = (JsonNode) value;
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? 1 : 0;
    }
    if (node.isTextual()) {
      try {
        return new BigDecimal(node.textValue().trim()).doubleValue();
      } catch (NumberFormatException e) {
        // falls through to the problem below
      }
    }
    throw new RuleProblem(operator.key + " must be a number (or true/false), not " + node);
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
