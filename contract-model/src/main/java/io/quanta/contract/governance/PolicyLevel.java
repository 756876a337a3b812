package io.quanta.contract.governance;

import java.util.Locale;

/** Whose rules a policy set holds: the whole mesh's, or one domain's additions. */
public enum PolicyLevel {
  GLOBAL, DOMAIN;

  /** The word written in policy files. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code global} or {@code domain}, in any case. */
  public static PolicyLevel parse(String word) {
    for (PolicyLevel level : values()) {
      if (level.word().equalsIgnoreCase(word == null ? "" : word.trim())) {
        return level;
      }
    }
    throw new IllegalArgumentException("level must be global or domain, not '" + word + "'");
  }
}
