package io.quanta.runtime.sla;

import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.schema.Column;
import io.quanta.runtime.schema.Table;
import io.quanta.runtime.schema.ValueKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures freshness with one {@code MAX(column)} per object that has a freshness column, which an index
 * answers without reading the table (Quanta creates that index with the tables it creates; give a
 * sidecar's own table one too). DATETIME and DATE values are read as UTC, as the output port does;
 * TIMESTAMP columns carry their own time zone.
 */
public final class FreshnessProbe {

  private final Catalog catalog;
  private final SlaTerms terms;
  private final Clock clock;

  public FreshnessProbe(Catalog catalog, SlaTerms terms, Clock clock) {
    this.catalog = catalog;
    this.terms = terms;
    this.clock = clock;
  }

  /** Freshness of every object that has a freshness column, by object name. */
  public Map<String, Freshness> measure(Connection connection) throws SQLException {
    Map<String, Freshness> out = new LinkedHashMap<>();
    for (Table table : catalog.tables()) {
      Column column = table.freshnessColumn();
      if (column == null) {
        continue;
      }
      Instant last = newest(connection, table, column);
      Long sla = terms.latency(table.object()).map(Duration::getSeconds).orElse(null);
      Long age = last == null ? null : Math.max(0, Duration.between(last, clock.instant()).getSeconds());
      Boolean compliant = sla == null ? null : age != null && age <= sla;
      out.put(table.object(), new Freshness(table.object(), column.name(), last, age, sla, compliant));
    }
    return out;
  }

  private static Instant newest(Connection connection, Table table, Column column) throws SQLException {
    boolean zoned = column.sqlType().toUpperCase(java.util.Locale.ROOT).startsWith("TIMESTAMP");
    String max = "MAX(`" + column.columnName() + "`)";
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + (zoned ? "UNIX_TIMESTAMP(" + max + ")" : max)
            + " FROM `" + table.tableName() + "`")) {
      rs.next();
      if (zoned) {
        BigDecimal epoch = rs.getBigDecimal(1);
        return epoch == null ? null : Instant.ofEpochMilli(epoch.movePointRight(3).longValue());
      }
      if (column.kind() == ValueKind.DATE) {
        LocalDate day = rs.getObject(1, LocalDate.class);
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      LocalDateTime time = rs.getObject(1, LocalDateTime.class);
      return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
  }
}
