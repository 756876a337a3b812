package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The small pieces of plain English that findings are made of. */
final class Words {

  private static final int MAX_LISTED = 12;
  private static final int MAX_VALUE = 40;

  private Words() {
  }

  /** {@code /schema/0/properties/2} as {@code schema[0].properties[2]}; the root as "the contract". */
  static String where(String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return "the contract";
    }
    StringBuilder out = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(name).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(name);
      }
    }
    return out.toString();
  }

  /** The field name a pointer ends in, or its location words when it ends in a list index. */
  static String field(String pointer) {
    int slash = pointer.lastIndexOf('/');
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    return last.isEmpty() || last.chars().allMatch(Character::isDigit) ? where(pointer) : last;
  }

  /** "in schema[0]" for nested elements, nothing for the top level. */
  static String in(String pointer) {
    return pointer == null || pointer.isEmpty() ? "" : " in " + where(pointer);
  }

  /**
   * " in schema[0]" after a message about a named field ({@code /schema/0/name}); nothing when the subject
   * already reads as a full location ({@code tags[2]}) or sits at the top.
   */
  static String around(String pointer) {
    int slash = pointer.lastIndexOf('/');
    String last = pointer.substring(slash + 1);
    boolean indexed = !last.isEmpty() && last.chars().allMatch(Character::isDigit);
    return indexed || slash <= 0 ? "" : in(pointer.substring(0, slash));
  }

  /** A value as a person would quote it: short scalars in quotes, anything else by kind. */
  static String value(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return "nothing (null)";
    }
    if (value.isTextual()) {
      return quote(value.asText());
    }
    if (value.isBoolean()) {
      return "the boolean " + value.asText();
    }
    if (value.isNumber()) {
      return "the number " + value.asText();
    }
    return JsonTypes.word(JsonTypes.of(value));
  }

  static String quote(String text) {
    String shown = text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
    return "'" + shown.replace("\n", "\\n") + "'";
  }

  /** "a, b, c" with an ellipsis after {@value #MAX_LISTED} items. */
  static String list(Collection<String> items) {
    List<String> all = List.copyOf(items);
    String shown = String.join(", ", all.subList(0, Math.min(all.size(), MAX_LISTED)));
    return all.size() > MAX_LISTED ? shown + ", …" : shown;
  }

  /** "a, b or c". */
  static String either(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }

  /** The candidate a misspelling most likely meant: same letters in another case, or one or two edits away. */
  static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(word)) {
        continue;
      }
      int distance = candidate.equalsIgnoreCase(word) ? 0
          : distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = word.length() <= 3 ? 0 : word.length() <= 5 ? 1 : 2;
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Edit distance with transpositions (optimal string alignment), so "versoin" is one edit from "version". */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
