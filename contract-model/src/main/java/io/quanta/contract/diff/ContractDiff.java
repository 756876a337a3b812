package io.quanta.contract.diff;

import io.quanta.contract.model.CustomProperty;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.ExtendsReference;
import io.quanta.contract.model.SemVer;
import io.quanta.contract.model.SemVer.Bump;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two versions of a data contract from the point of view of its consumers (who read the
 * output port), and checks that the new version number is large enough for the changes.
 *
 * <pre>{@code
 * DiffReport report = ContractDiff.compare(published, candidate);
 * if (!report.versionSatisfies()) {
 *   refuse("needs a " + report.required().word() + " bump: " + report.minimumVersion() + " or later");
 * }
 * }</pre>
 */
public final class ContractDiff {

  private static final Set<String> RULES = Set.of("id", "version", "servers", "schema", "roles",
      "slaDefaultElement", "slaProperties", "customProperties");

  private ContractDiff() {
  }

  /**
   * Every change and the bump they need; fails when either version is missing or not MAJOR.MINOR.PATCH.
   * The new version satisfies when it is at least the required bump above the old one; with nothing
   * changed, any version not below the old one does.
   */
  public static DiffReport compare(DataContract old, DataContract neu) throws ContractVersionException {
    SemVer from = SemVer.parse(old.version())
        .orElseThrow(() -> new ContractVersionException(ContractVersionException.Side.OLD, old.version()));
    SemVer to = SemVer.parse(neu.version())
        .orElseThrow(() -> new ContractVersionException(ContractVersionException.Side.NEW, neu.version()));
    List<Change> changes = changes(old, neu);
    Bump required = changes.stream().map(Change::bump).max(Comparator.naturalOrder()).orElse(Bump.NONE);
    boolean satisfies = required == Bump.NONE ? to.compareTo(from) >= 0 : from.bumpTo(to).compareTo(required) >= 0;
    return new DiffReport(changes, required, old.version(), neu.version(), minimum(from, required).toString(),
        satisfies);
  }

  /** Every change from {@code old} to {@code neu}, in document order, ignoring the version itself. */
  public static List<Change> changes(DataContract old, DataContract neu) {
    ChangeLog log = new ChangeLog();
    if (!Objects.equals(old.id(), neu.id())) {
      log.add("/id", ChangeKind.CONTRACT_ID_CHANGED, old.id(), neu.id(),
          "a different id is a different contract: its consumers are not this one's; publish it as new");
    }
    extendsValue(log, old.extendsValue(), neu.extendsValue());
    customProperties(log, old.customProperties(), neu.customProperties());
    AccessDiff.servers(log, old.servers(), neu.servers());
    SchemaDiff.compare(log, old.objects(), neu.objects());
    SlaDiff.compare(log, old, neu);
    AccessDiff.roles(log, "", old.roles(), neu.roles());
    OtherFields.compare(log, "", Elements.tree(old), Elements.tree(neu), RULES);
    return log.changes();
  }

  /** The smallest version that is {@code bump} above {@code from}. */
  static SemVer minimum(SemVer from, Bump bump) {
    return switch (bump) {
      case NONE -> from;
      case PATCH -> from.preRelease() != null ? new SemVer(from.major(), from.minor(), from.patch(), null)
          : new SemVer(from.major(), from.minor(), from.patch() + 1, null);
      case MINOR -> new SemVer(from.major(), from.minor() + 1, 0, null);
      case MAJOR -> new SemVer(from.major() + 1, 0, 0, null);
    };
  }

  /** The parent may move within one major version; another parent or another major is another promise. */
  private static void extendsValue(ChangeLog log, Optional<String> before, Optional<String> after) {
    String path = ChangeLog.path("/customProperties", DataContract.EXTENDS);
    String was = before.orElse(null);
    String now = after.orElse(null);
    if (Objects.equals(was, now)) {
      return;
    }
    if (now == null) {
      log.add(path, ChangeKind.EXTENDS_REMOVED, was, null, "the contract no longer inherits what " + was
          + " promises");
    } else if (was == null) {
      log.add(path, ChangeKind.EXTENDS_ADDED, null, now, "inherits more promises: existing readers are unaffected");
    } else {
      Optional<ExtendsReference> from = ExtendsReference.parse(was).reference();
      Optional<ExtendsReference> to = ExtendsReference.parse(now).reference();
      if (from.isPresent() && to.isPresent() && from.get().id().equals(to.get().id())
          && major(to.get()) != null && major(to.get()).equals(major(from.get()))) {
        log.add(path, ChangeKind.EXTENDS_VERSION_CHANGED, was, now, "same parent, same major version: "
            + "its changes are compatible");
      } else {
        log.add(path, ChangeKind.EXTENDS_CHANGED, was, now, "another parent or another major version of it: "
            + "what the contract inherits may break readers");
      }
    }
  }

  private static String major(ExtendsReference reference) {
    String spec = reference.versionSpec();
    return spec == null ? null : spec.replaceFirst("^v", "").split("[.-]", 2)[0];
  }

  private static void customProperties(ChangeLog log, List<CustomProperty> before, List<CustomProperty> after) {
    for (Keyed.Pair<CustomProperty> pair : Keyed.match(before, after, CustomProperty::property)) {
      if (DataContract.EXTENDS.equals(pair.key())) {
        continue;
      }
      String was = pair.before() == null ? null : ChangeLog.show(pair.before().value());
      String now = pair.after() == null ? null : ChangeLog.show(pair.after().value());
      if (pair.before() == null || pair.after() == null
          || !Elements.tree(pair.before()).equals(Elements.tree(pair.after()))) {
        log.add(ChangeLog.path("/customProperties", pair.key()), ChangeKind.DOCUMENTATION_CHANGED, was, now,
            "a custom property: the data and its guarantees are unchanged");
      }
    }
  }
}
