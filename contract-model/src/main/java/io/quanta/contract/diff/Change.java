package io.quanta.contract.diff;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quanta.contract.model.SemVer.Bump;
import java.util.Objects;

/**
 * One change between two versions of a contract.
 *
 * @param path where, as a JSON Pointer built from names ({@code /schema/orders/properties/amount/logicalType})
 * @param kind what kind of change it is
 * @param compatibility whether it breaks consumers of the old version
 * @param bump the smallest version bump this change alone needs
 * @param before the old value as text, or null when there was none
 * @param after the new value as text, or null when there is none
 * @param why why the change is, or is not, breaking
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(String path, ChangeKind kind, Compatibility compatibility, Bump bump, String before,
    String after, String why) {

  public Change {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(compatibility, "compatibility");
    Objects.requireNonNull(bump, "bump");
    Objects.requireNonNull(why, "why");
  }

  /** A change whose compatibility and bump are those of its kind. */
  public static Change of(String path, ChangeKind kind, String before, String after, String why) {
    return new Change(path, kind, kind.compatibility(), kind.bump(), before, after, why);
  }

  public boolean breaking() {
    return compatibility == Compatibility.BREAKING;
  }
}
