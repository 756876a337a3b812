package io.quanta.runtime.pipeline.publish;

import io.quanta.contract.model.DataContract;
import io.quanta.runtime.config.QuantumConfig.ObjectBinding;
import io.quanta.runtime.http.Problem;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which table each object is read from, per request: a sidecar's tables are fixed; a managed quantum's
 * are those of its current published version, or of an older kept one ({@code ?version=K}). The versions
 * are held in memory and swapped whole when a run publishes, so a read resolves without a query and sees
 * the old version or the new one, never a mix.
 */
public final class Versions {

  /** The table a read goes to, and the version it holds (null for a sidecar). */
  public record Served(Table table, Long version) {
  }

  private record Snapshot(List<Version> versions, Version current, Map<Long, Catalog> catalogs) {
  }

  private final boolean managed;
  private final Catalog base;
  private final DataContract contract;
  private final Map<String, ObjectBinding> bindings;
  private final VersionStore store = new VersionStore();
  private volatile Snapshot snapshot = new Snapshot(List.of(), null, Map.of());

  private Versions(boolean managed, Catalog base, DataContract contract, Map<String, ObjectBinding> bindings) {
    this.managed = managed;
    this.base = base;
    this.contract = contract;
    this.bindings = bindings;
  }

  /** A sidecar's tables: the catalog's, always. */
  public static Versions sidecar(Catalog catalog) {
    return new Versions(false, catalog, null, Map.of());
  }

  /** A managed quantum's versions, empty until {@link #load} reads them. */
  public static Versions managed(DataContract served, Catalog base, Map<String, ObjectBinding> bindings) {
    return new Versions(true, base, served, bindings);
  }

  public boolean managed() {
    return managed;
  }

  public VersionStore store() {
    return store;
  }

  /**
   * Reads the published versions and judges which of them the served contract can read. Versions only move
   * forward, so a load that read the table before a concurrent publish does not undo it.
   */
  public synchronized void load(Connection c) throws SQLException {
    if (!managed) {
      return;
    }
    VersionJudge judge = VersionJudge.of(c, contract, base);
    List<Version> judged = store.published(c).stream().map(judge::judge).toList();
    Map<Long, Catalog> catalogs = new HashMap<>();
    for (Version v : judged) {
      if (v.servable()) {
        catalogs.put(v.number(), catalogOf(tables(v)));
      }
    }
    Version newest = judged.isEmpty() ? null : judged.get(0);
    List<Version> known = snapshot.versions();
    if (newest != null && !known.isEmpty() && newest.number() < known.get(0).number()) {
      return;
    }
    snapshot = new Snapshot(judged, newest != null && newest.servable() ? newest : null, Map.copyOf(catalogs));
  }

  /**
   * Reloads when the published versions changed since the last load (another replica of the quantum
   * published); true when they did. One small query when nothing changed.
   */
  public boolean refresh(Connection c) throws SQLException {
    if (!managed) {
      return false;
    }
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0), COUNT(*)"
        + " FROM `" + VersionStore.VERSIONS + "` WHERE status = '" + VersionStore.PUBLISHED + "'")) {
      rs.next();
      List<Version> known = snapshot.versions();
      long newest = known.isEmpty() ? 0 : known.get(0).number();
      if (rs.getLong(1) == newest && rs.getLong(2) == known.size()) {
        return false;
      }
    }
    load(c);
    return true;
  }

  /** The current version, if one is published that the served contract can read. */
  public Optional<Version> current() {
    return Optional.ofNullable(snapshot.current());
  }

  /** Every version still kept, newest first, servable or not. */
  public List<Version> kept() {
    return snapshot.versions();
  }

  /** The tables readers see now: a sidecar's always, a managed quantum's once a version is published. */
  public Optional<Catalog> currentCatalog() {
    if (!managed) {
      return Optional.of(base);
    }
    Snapshot s = snapshot;
    return s.current() == null ? Optional.empty() : Optional.of(s.catalogs().get(s.current().number()));
  }

  /** The catalog of the contract's objects held in these tables (object → table). */
  public Catalog catalogOf(Map<String, String> tables) {
    Map<String, ObjectBinding> bound = new LinkedHashMap<>();
    tables.forEach((object, table) -> {
      ObjectBinding configured = bindings.get(object);
      bound.put(object, new ObjectBinding(table, configured == null ? null : configured.freshnessColumn(), true));
    });
    return Catalog.of(contract, bound);
  }

  /** Where a read of {@code object} goes; {@code versionText} is the {@code version} parameter, or null. */
  public Served resolve(Table table, String versionText) {
    if (!managed) {
      if (versionText != null) {
        throw Problem.badRequest("no-versions", "this quantum serves tables another program writes (sidecar mode),"
            + " so it keeps no versions; drop version=");
      }
      return new Served(table, null);
    }
    Snapshot s = snapshot;
    if (versionText == null) {
      if (s.current() == null) {
        throw Problem.unavailable("not-published", "no version of this quantum's data is published yet for its"
            + " contract " + contract.version() + "; its pipeline publishes one when a run succeeds"
            + " (GET /observability/runs)", 30);
      }
      return served(s, s.current(), table);
    }
    long number = number(versionText);
    Version version = s.versions().stream().filter(v -> v.number() == number).findFirst()
        .orElseThrow(() -> Problem.notFound("unknown-version", "version " + number + " is not kept (kept: "
            + servable(s) + ")").with("versions", servable(s)));
    if (!version.servable()) {
      throw Problem.notFound("version-not-servable", "version " + number + " cannot be read with contract "
          + contract.version() + ": " + version.reason()).with("versions", servable(s));
    }
    return served(s, version, table);
  }

  /**
   * A read whose version was dropped between resolving and querying (it was beyond the kept number) is a
   * 404, not an error of ours.
   */
  public static Throwable explain(Throwable failure, Served served) {
    if (served.version() != null && failure instanceof SQLException sql && sql.getErrorCode() == 1146) {
      return Problem.notFound("unknown-version", "version " + served.version() + " is no longer kept");
    }
    return failure;
  }

  private Served served(Snapshot s, Version version, Table table) {
    Table physical = s.catalogs().get(version.number()).table(table.object()).orElseThrow();
    return new Served(physical, version.number());
  }

  private static List<Long> servable(Snapshot s) {
    return s.versions().stream().filter(Version::servable).map(Version::number).toList();
  }

  private static long number(String text) {
    try {
      long n = Long.parseLong(text.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw Problem.badRequest("bad-version", "version must be a published version number (1 or more), not '"
        + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
  }

  private static Map<String, String> tables(Version v) {
    Map<String, String> out = new LinkedHashMap<>();
    v.objects().forEach((object, ov) -> out.put(object, ov.table()));
    return out;
  }
}
