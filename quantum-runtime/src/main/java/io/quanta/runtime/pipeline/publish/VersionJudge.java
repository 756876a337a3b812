package io.quanta.runtime.pipeline.publish;

import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SemVer;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the contract served now can read a published version: the same major version as the contract
 * it was published under, and every object's table there with every column the contract has.
 */
final class VersionJudge {

  private final DataContract contract;
  private final Catalog base;
  private final Map<String, Set<String>> columns;

  private VersionJudge(DataContract contract, Catalog base, Map<String, Set<String>> columns) {
    this.contract = contract;
    this.base = base;
    this.columns = columns;
  }

  /** A judge that knows the columns of every table of the database now. */
  static VersionJudge of(Connection c, DataContract contract, Catalog base) throws SQLException {
    return new VersionJudge(contract, base, columns(c));
  }

  /** Servable: the same major version as the served contract, and every object's table with every column. */
  Version judge(Version v) {
    Optional<SemVer> now = SemVer.parse(contract.version());
    Optional<SemVer> then = SemVer.parse(v.contractVersion());
    if (now.isPresent() && then.isPresent() ? now.get().major() != then.get().major()
        : !String.valueOf(contract.version()).equals(v.contractVersion())) {
      return v.judged(false, "it was published under contract version " + v.contractVersion()
          + ", another major version");
    }
    for (Table table : base.tables()) {
      Version.ObjectVersion ov = v.objects().get(table.object());
      if (ov == null) {
        return v.judged(false, "it has no object " + table.object());
      }
      Set<String> have = columns.getOrDefault(ov.table().toLowerCase(Locale.ROOT), Set.of());
      if (have.isEmpty()) {
        return v.judged(false, "its table " + ov.table() + " is missing");
      }
      for (Column column : table.columns()) {
        if (!have.contains(column.columnName().toLowerCase(Locale.ROOT))) {
          return v.judged(false, "its table of " + table.object() + " has no column " + column.name()
              + " (published under contract version " + v.contractVersion() + ")");
        }
      }
    }
    return v.judged(true, null);
  }

  private static Map<String, Set<String>> columns(Connection c) throws SQLException {
    Map<String, Set<String>> out = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM"
        + " information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), t -> new java.util.HashSet<>())
            .add(rs.getString(2).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
