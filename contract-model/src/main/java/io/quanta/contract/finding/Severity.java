package io.quanta.contract.finding;

/** How much a finding matters: errors fail a command, warnings and infos inform. */
public enum Severity {
  ERROR, WARNING, INFO;

  /** The lower-case word used in reports and in policy files. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning}/{@code warn} or {@code info}, in any case. */
  public static Severity parse(String word) {
    if (word == null) {
      throw new IllegalArgumentException("severity is missing: use error, warning or info");
    }
    return switch (word.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "error" -> ERROR;
      case "warning", "warn" -> WARNING;
      case "info" -> INFO;
      default -> throw new IllegalArgumentException(
          "unknown severity '" + word + "': use error, warning or info");
    };
  }
}
