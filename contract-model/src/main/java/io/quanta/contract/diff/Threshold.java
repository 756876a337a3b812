package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.model.QualityRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The metric values a quality rule accepts, from its {@code mustBe…} operators: an interval, or everything
 * outside one ({@code mustNotBe}, {@code mustNotBeBetween}). A rule is stricter when it accepts a subset.
 * Null bounds are infinite.
 */
record Threshold(BigDecimal low, boolean lowIn, BigDecimal high, boolean highIn, boolean outside) {

  static final Threshold ANY = new Threshold(null, false, null, false, false);

  /** How the new threshold relates to the old one. */
  enum Order { SAME, STRICTER, LOOSER, OTHER }

  /** The accepted values, or null when they cannot be modelled (text values, several exclusions). */
  static Threshold of(QualityRule rule) {
    List<Threshold> parts = new ArrayList<>();
    if (rule.mustBe() != null) {
      BigDecimal v = Ordered.number(rule.mustBe());
      if (v == null) {
        return null;
      }
      parts.add(new Threshold(v, true, v, true, false));
    }
    if (rule.mustNotBe() != null) {
      BigDecimal v = Ordered.number(rule.mustNotBe());
      if (v == null) {
        return null;
      }
      parts.add(new Threshold(v, true, v, true, true));
    }
    add(parts, rule.mustBeGreaterThan(), false, true);
    add(parts, rule.mustBeGreaterOrEqualTo(), true, true);
    add(parts, rule.mustBeLessThan(), false, false);
    add(parts, rule.mustBeLessOrEqualTo(), true, false);
    if (rule.mustBeBetween() != null || rule.mustNotBeBetween() != null) {
      List<Number> range = rule.mustBeBetween() != null ? rule.mustBeBetween() : rule.mustNotBeBetween();
      if (range.size() != 2 || range.get(0) == null || range.get(1) == null) {
        return null;
      }
      parts.add(new Threshold(decimal(range.get(0)), true, decimal(range.get(1)), true,
          rule.mustBeBetween() == null));
    }
    if (parts.isEmpty()) {
      return ANY;
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    Threshold all = ANY;
    for (Threshold part : parts) {
      if (part.outside) {
        return null;
      }
      all = all.intersect(part);
    }
    return all;
  }

  /** Compares the new threshold ({@code this}) to the old one. */
  Order against(Threshold old) {
    boolean in = within(old);
    boolean out = old.within(this);
    return in && out ? Order.SAME : in ? Order.STRICTER : out ? Order.LOOSER : Order.OTHER;
  }

  private boolean within(Threshold other) {
    if (!outside && !other.outside) {
      return other.contains(this);
    }
    if (outside && other.outside) {
      return inside().contains(other.inside());
    }
    if (!outside) {
      return disjoint(other.inside());
    }
    return other.equals(ANY);
  }

  private Threshold inside() {
    return new Threshold(low, lowIn, high, highIn, false);
  }

  private boolean contains(Threshold inner) {
    boolean lowOk = low == null || inner.low != null
        && (inner.low.compareTo(low) > 0 || inner.low.compareTo(low) == 0 && (lowIn || !inner.lowIn));
    boolean highOk = high == null || inner.high != null
        && (inner.high.compareTo(high) < 0 || inner.high.compareTo(high) == 0 && (highIn || !inner.highIn));
    return lowOk && highOk;
  }

  private boolean disjoint(Threshold other) {
    return below(high, highIn, other.low, other.lowIn) || below(other.high, other.highIn, low, lowIn);
  }

  /** True when everything up to {@code top} lies under everything from {@code bottom}. */
  private static boolean below(BigDecimal top, boolean topIn, BigDecimal bottom, boolean bottomIn) {
    if (top == null || bottom == null) {
      return false;
    }
    int c = top.compareTo(bottom);
    return c < 0 || c == 0 && !(topIn && bottomIn);
  }

  private Threshold intersect(Threshold o) {
    boolean takeLow = low == null || o.low != null
        && (o.low.compareTo(low) > 0 || o.low.compareTo(low) == 0 && !o.lowIn);
    boolean takeHigh = high == null || o.high != null
        && (o.high.compareTo(high) < 0 || o.high.compareTo(high) == 0 && !o.highIn);
    return new Threshold(takeLow ? o.low : low, takeLow ? o.lowIn : lowIn,
        takeHigh ? o.high : high, takeHigh ? o.highIn : highIn, false);
  }

  private static void add(List<Threshold> parts, Number value, boolean inclusive, boolean lower) {
    if (value != null) {
      BigDecimal v = decimal(value);
      parts.add(lower ? new Threshold(v, inclusive, null, false, false) : new Threshold(null, false, v, inclusive,
          false));
    }
  }

  private static BigDecimal decimal(Number n) {
    return new BigDecimal(n.toString());
  }

  static String describe(JsonNode rule) {
    StringBuilder out = new StringBuilder();
    rule.fields().forEachRemaining(e -> {
      if (e.getKey().startsWith("mustB") || e.getKey().startsWith("mustNot")) {
        out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
      }
    });
    return out.length() == 0 ? "(no threshold)" : out.toString();
  }
}
