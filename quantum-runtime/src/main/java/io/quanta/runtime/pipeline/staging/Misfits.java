package io.quanta.runtime.pipeline.staging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites MySQL's warnings and errors about rows that do not fit a table into sentences about the
 * contract: {@code Incorrect integer value: 'x' for column `db`.`t`.`qty` at row 3} becomes
 * {@code row 3: column qty: incorrect integer value 'x'}.
 */
public final class Misfits {

  private static final Pattern AT_ROW = Pattern.compile("\\s*at row (\\d+)");
  private static final Pattern COLUMN = Pattern.compile("(?i)column\\s+(?:`[^`]*`\\.`[^`]*`\\.)?['`]([A-Za-z0-9_]+)['`]");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate entry '(.*)' for key '?`?([^'`]+)`?'?");

  private Misfits() {
  }

  /** A sentence for MySQL error or warning {@code code} with {@code message}. */
  public static String describe(int code, String message) {
    if (message == null) {
      return "a row does not fit";
    }
    String row = group(AT_ROW, message);
    String column = group(COLUMN, message);
    String where = (row == null ? "" : "row " + row + ": ") + (column == null ? "" : "column " + column + ": ");
    Matcher duplicate = DUPLICATE.matcher(message);
    String why = switch (code) {
      case 1048, 1263 -> "empty (NULL), but the contract requires a value";
      case 1062 -> duplicate.find() ? "the key " + duplicate.group(1) + " appears more than once ("
          + (duplicate.group(2).equalsIgnoreCase("PRIMARY") ? "primary key" : "unique key " + duplicate.group(2)) + ")"
          : "a key appears more than once";
      case 1406 -> "the value is longer than the column allows";
      case 1264 -> "the value is out of the column's range";
      case 1265 -> "the value does not fit the column's type (data truncated)";
      case 1261 -> "the row has fewer fields than the columns";
      case 1262 -> "the row has more fields than the columns";
      default -> rest(message);
    };
    return where + why;
  }

  private static String rest(String message) {
    String text = AT_ROW.matcher(message).replaceFirst("");
    text = text.replaceAll("\\s*for column\\s+(?:`[^`]*`\\.`[^`]*`\\.)?['`]?[A-Za-z0-9_]+['`]?", "");
    text = text.replaceAll("[:\\s]+$", "").strip();
    return text.isEmpty() ? message : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
