package io.quanta.contract.lint;

import java.util.regex.Pattern;

/** Shortens a YAML parser's message to one line: positions in words, without the echoed source snippet. */
final class SyntaxMessages {

  /** SnakeYAML's " in 'reader', line 2, column 7: <snippet> ^" (whitespace already collapsed). */
  private static final Pattern MARK = Pattern.compile(" in '[^']*', line (\\d+), column (\\d+):.*?\\^");

  private SyntaxMessages() {
  }

  static String clean(String message) {
    String cleaned = MARK.matcher(message).replaceAll(" (line $1, column $2);").trim();
    return cleaned.endsWith(";") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
  }
}
