package io.quanta.contract.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH[-pre][+build]}, as ODCS contract versions are written.
 * Ordering follows semver 2.0 precedence, except that pre-release identifiers compare as text.
 */
public record SemVer(int major, int minor, int patch, String preRelease) implements Comparable<SemVer> {

  private static final Pattern SEMVER = Pattern.compile(
      "v?(0|[1-9]\\d*)(?:\\.(0|[1-9]\\d*))?(?:\\.(0|[1-9]\\d*))?(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

  /** The smallest change a version bump can make. */
  public enum Bump {
    NONE, PATCH, MINOR, MAJOR;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Parses {@code 1.2.3}, {@code 1.2}, {@code 1}, with an optional {@code v} and pre-release. */
  public static Optional<SemVer> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SEMVER.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new SemVer(Integer.parseInt(m.group(1)),
        m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
        m.group(4)));
  }

  /** The bump that leads from {@code this} to {@code next}; NONE when next is not greater. */
  public Bump bumpTo(SemVer next) {
    if (next.major > major) {
      return Bump.MAJOR;
    }
    if (next.major < major) {
      return Bump.NONE;
    }
    if (next.minor > minor) {
      return Bump.MINOR;
    }
    if (next.minor < minor) {
      return Bump.NONE;
    }
    return next.compareTo(this) > 0 ? Bump.PATCH : Bump.NONE;
  }

  @Override
  public int compareTo(SemVer other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    if (c == 0) {
      c = Integer.compare(patch, other.patch);
    }
    if (c == 0) {
      if (preRelease == null || other.preRelease == null) {
        c = preRelease == null ? (other.preRelease == null ? 0 : 1) : -1;
      } else {
        c = preRelease.compareTo(other.preRelease);
      }
    }
    return c;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + (preRelease == null ? "" : "-" + preRelease);
  }
}
