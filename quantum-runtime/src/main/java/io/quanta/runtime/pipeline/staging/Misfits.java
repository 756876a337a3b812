package io.quanta.runtime.pipeline.staging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites MySQL's warnings and errors about rows that do not fit a table into sentences about the
 * contract: {@code Incorrect integer value: 'x' for column `db`.`t`.`qty` at row 3} becomes
 * {@code row 3: column qty: incorrect integer value 'x'}.
 */
public final class Misfits {

  private static final Pattern QUALIFIED = Pattern.compile("`[^`]*`\\.`[^`]*`\\.`([^`]*)`");
  private static final Pattern AT_ROW = Pattern.compile("\\s*at row (\\d+)");
  private static final Pattern COLUMN = Pattern.compile("(?:for )?column '?`?([A-Za-z0-9_]+)`?'?");

  private Misfits() {
  }

  public static String describe(String message) {
    if (message == null) {
      return "a row does not fit";
    }
    String text = QUALIFIED.matcher(message).replaceAll("`$1`");
    String row = null;
    Matcher at = AT_ROW.matcher(text);
    if (at.find()) {
      row = at.group(1);
      text = at.replaceFirst("");
    }
    String column = null;
    Matcher c = COLUMN.matcher(text);
    if (c.find()) {
      column = c.group(1);
      text = (text.substring(0, c.start()) + text.substring(c.end())).replaceAll("\\s+", " ").replaceAll(" ;", ";")
          .strip();
    }
    if (text.startsWith("Duplicate entry")) {
      text = text.replace("for key 'PRIMARY'", "for the primary key");
    }
    text = text.replaceAll("[:\\s]+$", "");
    return (row == null ? "" : "row " + row + ": ") + (column == null ? "" : "column " + column + ": ") + text;
  }
}
