package io.quanta.runtime.quality;

import java.util.Locale;

/** What one rule's check came to. */
public enum Outcome {
  /** The measured value meets the threshold, or the rule has no threshold (measured only). */
  PASS,
  /** The threshold is missed and the rule's severity is {@code warning} or {@code info}. */
  WARN,
  /** The threshold is missed and the rule's severity is {@code error} (or unset, or any other word). */
  FAIL,
  /** Nothing to run here: a {@code text} rule, or a {@code custom} rule for another engine. */
  SKIPPED,
  /** The rule could not be evaluated: a bad definition, a refused or failing query; detail says why. */
  ERROR;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The outcome of a missed threshold for a rule of this severity. */
  public static Outcome missed(String severity) {
    return switch (severity == null ? "error" : severity.trim().toLowerCase(Locale.ROOT)) {
      case "warning", "warn", "info" -> WARN;
      default -> FAIL;
    };
  }
}
