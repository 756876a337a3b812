package io.quanta.contract.diff;

import io.quanta.contract.model.SemVer.Bump;
import java.util.List;

/**
 * The outcome of comparing two versions of a contract.
 *
 * @param changes every change, in document order
 * @param required the smallest bump the changes need together: the largest bump of any change
 * @param oldVersion the old contract's version as written
 * @param newVersion the new contract's version as written
 * @param minimumVersion the smallest version the new contract may have (the old one when nothing changed)
 * @param versionSatisfies true when the new version is at least {@code minimumVersion}'s bump away
 */
public record DiffReport(List<Change> changes, Bump required, String oldVersion, String newVersion,
    String minimumVersion, boolean versionSatisfies) {

  public DiffReport {
    changes = List.copyOf(changes);
  }

  /** The breaking changes only. */
  public List<Change> breakingChanges() {
    return changes.stream().filter(Change::breaking).toList();
  }

  /** True when any change is breaking: publishing then needs a major bump. */
  public boolean hasBreakingChanges() {
    return changes.stream().anyMatch(Change::breaking);
  }
}
