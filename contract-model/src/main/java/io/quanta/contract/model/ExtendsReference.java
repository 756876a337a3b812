package io.quanta.contract.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parent a contract names in {@code customProperties: [{property: extends, value: "<id>[@<version>]"}]}.
 * The version is optional: absent means the newest version of the parent; {@code 2} or {@code 2.x}
 * means the newest 2.y.z; {@code 2.1} or {@code 2.1.x} the newest 2.1.z; {@code 2.1.0} exactly that one.
 */
public record ExtendsReference(String id, String versionSpec) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]*");
  private static final Pattern SPEC = Pattern.compile(
      "v?(0|[1-9]\\d*)(\\.(0|[1-9]\\d*|x))?(\\.(0|[1-9]\\d*|x)(-[0-9A-Za-z.-]+)?)?");

  /** Parses the value; an empty result carries why it is not a valid reference. */
  public static Parsed parse(String value) {
    if (value == null || value.isBlank()) {
      return Parsed.invalid("the extends value is empty: write <parent id> or <parent id>@<version>");
    }
    String text = value.trim();
    int at = text.lastIndexOf('@');
    String id = at < 0 ? text : text.substring(0, at);
    String spec = at < 0 ? null : text.substring(at + 1);
    if (!ID.matcher(id).matches()) {
      return Parsed.invalid("'" + id + "' is not a contract id (letters, digits and . _ : / - only)");
    }
    if (spec != null && !SPEC.matcher(spec).matches()) {
      return Parsed.invalid("'" + spec + "' is not a version: use 2, 2.1, 2.1.0 or 2.x");
    }
    return new Parsed(Optional.of(new ExtendsReference(id, spec)), null);
  }

  /** True when a parent version satisfies this reference's version spec. */
  public boolean accepts(String version) {
    if (versionSpec == null) {
      return true;
    }
    Optional<SemVer> candidate = SemVer.parse(version);
    if (candidate.isEmpty()) {
      return versionSpec.equals(version);
    }
    String[] parts = versionSpec.replaceFirst("^v", "").split("-", 2)[0].split("\\.");
    SemVer v = candidate.get();
    int[] actual = {v.major(), v.minor(), v.patch()};
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].equals("x") && Integer.parseInt(parts[i]) != actual[i]) {
        return false;
      }
    }
    boolean exact = parts.length == 3 && !parts[2].equals("x");
    return !exact || SemVer.parse(versionSpec).map(s -> s.compareTo(v) == 0).orElse(false);
  }

  @Override
  public String toString() {
    return versionSpec == null ? id : id + "@" + versionSpec;
  }

  /** A parse outcome: a reference, or the reason the value is not one. */
  public record Parsed(Optional<ExtendsReference> reference, String problem) {
    static Parsed invalid(String problem) {
      return new Parsed(Optional.empty(), problem);
    }
  }
}
