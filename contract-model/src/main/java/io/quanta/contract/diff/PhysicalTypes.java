package io.quanta.contract.diff;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders two physical types of a column when one holds every value of the other: longer strings,
 * larger integers, floats and decimals. Anything else is either the same type or a different one.
 */
final class PhysicalTypes {

  /** How the new type relates to the old one. */
  enum Order { SAME, WIDER, NARROWER, OTHER }

  private static final long UNBOUNDED = Long.MAX_VALUE;
  private static final Pattern TYPE = Pattern.compile("([a-z_][a-z0-9_ ]*?)\\s*(?:\\(([^)]*)\\))?");
  private static final Map<String, String> FAMILY = Map.ofEntries(
      Map.entry("varchar", "string"), Map.entry("character varying", "string"), Map.entry("nvarchar", "string"),
      Map.entry("varchar2", "string"), Map.entry("nvarchar2", "string"), Map.entry("string", "string"),
      Map.entry("text", "string"), Map.entry("char", "char"), Map.entry("character", "char"),
      Map.entry("nchar", "char"), Map.entry("bpchar", "char"),
      Map.entry("tinyint", "int"), Map.entry("int1", "int"), Map.entry("byte", "int"),
      Map.entry("smallint", "int"), Map.entry("int2", "int"), Map.entry("short", "int"),
      Map.entry("mediumint", "int"), Map.entry("int", "int"), Map.entry("integer", "int"),
      Map.entry("int4", "int"), Map.entry("bigint", "int"), Map.entry("int8", "int"), Map.entry("long", "int"),
      Map.entry("hugeint", "int"), Map.entry("real", "float"), Map.entry("float4", "float"),
      Map.entry("float", "float"), Map.entry("float8", "float"), Map.entry("double", "float"),
      Map.entry("double precision", "float"), Map.entry("decimal", "decimal"), Map.entry("numeric", "decimal"),
      Map.entry("number", "decimal"), Map.entry("dec", "decimal"));
  private static final Map<String, Long> BYTES = Map.ofEntries(
      Map.entry("tinyint", 1L), Map.entry("int1", 1L), Map.entry("byte", 1L), Map.entry("smallint", 2L),
      Map.entry("int2", 2L), Map.entry("short", 2L), Map.entry("mediumint", 3L), Map.entry("int", 4L),
      Map.entry("integer", 4L), Map.entry("int4", 4L), Map.entry("bigint", 8L), Map.entry("int8", 8L),
      Map.entry("long", 8L), Map.entry("hugeint", 16L), Map.entry("real", 4L), Map.entry("float4", 4L),
      Map.entry("float", 8L), Map.entry("float8", 8L), Map.entry("double", 8L), Map.entry("double precision", 8L));

  private PhysicalTypes() {
  }

  /** How {@code after} relates to {@code before}; neither may be null. */
  static Order compare(String before, String after) {
    String a = normal(before);
    String b = normal(after);
    if (a.equals(b)) {
      return Order.SAME;
    }
    Matcher ma = TYPE.matcher(a);
    Matcher mb = TYPE.matcher(b);
    if (!ma.matches() || !mb.matches()) {
      return Order.OTHER;
    }
    String family = FAMILY.get(ma.group(1));
    if (family == null || !family.equals(FAMILY.get(mb.group(1)))) {
      return Order.OTHER;
    }
    try {
      if (family.equals("decimal")) {
        long[] old = decimal(ma.group(2));
        long[] neu = decimal(mb.group(2));
        return both(order(old[0], neu[0]), order(old[1], neu[1]));
      }
      return order(size(family, ma), size(family, mb));
    } catch (NumberFormatException e) {
      return Order.OTHER;
    }
  }

  private static long size(String family, Matcher m) {
    String args = m.group(2);
    return switch (family) {
      case "string" -> args == null || args.isBlank() || args.equals("max") ? UNBOUNDED : Long.parseLong(args.trim());
      case "char" -> args == null || args.isBlank() ? 1 : Long.parseLong(args.trim());
      case "float" -> m.group(1).equals("float") && args != null ? (Long.parseLong(args.trim()) <= 24 ? 4 : 8)
          : BYTES.get(m.group(1));
      default -> BYTES.get(m.group(1));
    };
  }

  /** Digits before the point and after it; no precision means unbounded, no scale means 0. */
  private static long[] decimal(String args) {
    if (args == null || args.isBlank()) {
      return new long[] {UNBOUNDED, UNBOUNDED};
    }
    String[] parts = args.split(",");
    long precision = Long.parseLong(parts[0].trim());
    long scale = parts.length > 1 ? Long.parseLong(parts[1].trim()) : 0;
    return new long[] {precision - scale, scale};
  }

  private static Order order(long before, long after) {
    return before == after ? Order.SAME : after > before ? Order.WIDER : Order.NARROWER;
  }

  private static Order both(Order first, Order second) {
    if (first == second || second == Order.SAME) {
      return first;
    }
    return first == Order.SAME ? second : Order.OTHER;
  }

  private static String normal(String type) {
    return type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\s*([(),])\\s*", "$1");
  }
}
