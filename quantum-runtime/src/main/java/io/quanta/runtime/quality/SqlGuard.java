package io.quanta.runtime.quality;

import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares an {@code sql} rule's query: fills the ODCS placeholders ({@code {object}}, {@code {property}},
 * and the {@code {table}}, {@code {column}} and {@code ${…}} spellings also seen in the standard) with the
 * catalog's backquoted names, and admits only one read-only SELECT (or WITH … SELECT). This is a guard
 * for honest mistakes; the query also runs in a read-only transaction with a timeout.
 */
final class SqlGuard {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\{(object|table|property|column)}");
  /** Words that write, lock or leave the query; all are reserved in MySQL, so they cannot be bare names. */
  private static final Set<String> REFUSED = Set.of("INSERT", "UPDATE", "DELETE", "INTO", "CREATE", "DROP",
      "ALTER", "RENAME", "GRANT", "REVOKE", "CALL", "LOAD", "SET", "LOCK", "UNLOCK", "OUTFILE", "DUMPFILE");

  private SqlGuard() {
  }

  static String prepare(String query, Table table, Column column) {
    if (query == null || query.isBlank()) {
      throw new RuleProblem("an sql rule needs a query that returns one number");
    }
    Matcher m = PLACEHOLDER.matcher(query);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      boolean property = m.group(1).equals("property") || m.group(1).equals("column");
      if (property && column == null) {
        throw new RuleProblem("the query uses " + m.group() + ", but the rule is on the object, not on a property");
      }
      m.appendReplacement(filled, Matcher.quoteReplacement("`" + (property ? column.columnName()
          : table.tableName()) + "`"));
    }
    m.appendTail(filled);
    String sql = filled.toString().strip();
    if (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    check(sql);
    return sql;
  }

  /** Refuses anything but one read-only query, reading the code outside literals and comments. */
  private static void check(String sql) {
    String code = code(sql);
    String[] words = code.trim().toUpperCase(Locale.ROOT).split("[^A-Z0-9_$]+");
    String first = words.length == 0 ? "" : words[0].isEmpty() && words.length > 1 ? words[1] : words[0];
    if (!first.equals("SELECT") && !first.equals("WITH")) {
      throw new RuleProblem("refused: only one read-only SELECT (or WITH … SELECT) query is run, and this one starts"
          + " with '" + (first.isEmpty() ? sql : first) + "'");
    }
    for (int i = 0; i < words.length; i++) {
      if (REFUSED.contains(words[i])) {
        throw new RuleProblem("refused: only read-only queries are run, and this one uses " + words[i]);
      }
      if (words[i].equals("FOR") && i + 1 < words.length && words[i + 1].equals("SHARE")) {
        throw new RuleProblem("refused: only read-only queries are run, and this one locks rows (FOR SHARE)");
      }
    }
  }

  /** The query with string literals, quoted names and comments blanked out. */
  private static String code(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = closing(sql, i, c);
        out.append(' ');
        i = end + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        if (i + 2 < n && (sql.charAt(i + 2) == '!' || sql.charAt(i + 2) == 'M' && sql.startsWith("/*M!", i))) {
          throw new RuleProblem("refused: executable comments (/*! … */) are not run");
        }
        int end = sql.indexOf("*/", i + 2);
        if (end < 0) {
          throw new RuleProblem("the query has a comment that is never closed");
        }
        out.append(' ');
        i = end + 2;
      } else if (c == '#' || c == '-' && sql.startsWith("-- ", i)) {
        int end = sql.indexOf('\n', i);
        out.append(' ');
        i = end < 0 ? n : end + 1;
      } else if (c == ';') {
        throw new RuleProblem("refused: the query holds several statements; give one SELECT");
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int closing(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
        continue;
      }
      if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    throw new RuleProblem("the query has a " + quote + " that is never closed");
  }
}
