package io.quanta.cli.scaffold;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code {{variable}}} in template text. A name the scaffolder does not know is an error naming
 * the file and line, so a template with a typo never produces a quantum with a stray placeholder in it.
 */
final class Placeholders {

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

  private Placeholders() {
  }

  /** {@code text} with every variable replaced; {@code where} names the template file in messages. */
  static String apply(String text, Map<String, String> values, String where) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        throw new ScaffoldException(where + ":" + line + ": unknown variable {{" + m.group(1) + "}} (the variables are "
            + String.join(", ", values.keySet()) + ")");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
