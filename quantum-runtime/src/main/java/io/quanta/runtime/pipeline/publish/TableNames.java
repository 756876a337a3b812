package io.quanta.runtime.pipeline.publish;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The physical names a managed quantum uses: {@code <table>__v<K>} holds version K of an object (a
 * candidate until K is published), {@code _quanta_stage_<source>} a source staged for the transform.
 * Readers only ever reach a table through the published versions, so neither is visible before its time.
 */
public final class TableNames {

  /** Prefix of staging tables; Quanta drops every table with it at the start of a run and of the process. */
  public static final String STAGING_PREFIX = "_quanta_stage_";
  /** Room left for {@code __v} and ten digits within MySQL's 64-character identifiers. */
  public static final int MAX_BASE_LENGTH = 64 - 13;
  private static final Pattern VERSIONED = Pattern.compile("(.+)__v(\\d{1,18})");

  private TableNames() {
  }

  public static String version(String base, long version) {
    return base + "__v" + version;
  }

  public static String staging(String source) {
    return STAGING_PREFIX + source;
  }

  /** The version a physical name holds of {@code base}, if it is one of base's version tables. */
  public static OptionalLong versionOf(String base, String physical) {
    Matcher m = VERSIONED.matcher(physical);
    if (m.matches() && m.group(1).equalsIgnoreCase(base)) {
      return OptionalLong.of(Long.parseLong(m.group(2)));
    }
    return OptionalLong.empty();
  }
}
