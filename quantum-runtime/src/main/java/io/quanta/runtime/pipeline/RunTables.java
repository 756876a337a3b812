package io.quanta.runtime.pipeline;

import com.zaxxer.hikari.HikariDataSource;
import io.quanta.runtime.config.PipelineConfig.SourceConfig;
import io.quanta.runtime.pipeline.publish.TableNames;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.schema.SchemaManager;
import io.quanta.runtime.schema.Table;
import io.quanta.runtime.storage.Storage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection and the tables of one run: a session in strict SQL mode, closed rather than returned to
 * the pool (its settings and lock go with it); the next version's candidate tables, created from the
 * contract; and, when the run stops, everything it built dropped.
 */
final class RunTables {

  private static final Logger LOG = LoggerFactory.getLogger(RunTables.class);
  private static final String STRICT = "STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

  private final Storage storage;
  private final PipelinePlan plan;
  private final Catalog base;

  RunTables(Storage storage, PipelinePlan plan, Catalog base) {
    this.storage = storage;
    this.plan = plan;
    this.base = base;
  }

  /** A connection of the run's own, in strict mode, so a transform's misfit is an error, not a warning. */
  Connection connect() throws SQLException {
    Connection c = storage.dataSource().getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("SET SESSION sql_mode = '" + STRICT + "'");
    } catch (SQLException e) {
      release(c);
      throw e;
    }
    return c;
  }

  /** Closes the run's session instead of returning it to the pool. */
  void release(Connection c) {
    ((HikariDataSource) storage.dataSource()).evictConnection(c);
    try {
      c.close();
    } catch (SQLException e) {
      LOG.debug("the run's connection was already gone ({})", e.getMessage());
    }
  }

  /** Creates every object's table of version {@code version}, by object. */
  Map<String, Table> candidates(Connection c, long version) throws SQLException {
    Map<String, Table> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (Table table : base.tables()) {
        Table candidate = table.withTableName(TableNames.version(table.tableName(), version));
        s.execute(SchemaManager.createTable(candidate));
        out.put(table.object(), candidate);
      }
    }
    return out;
  }

  /**
   * Drops what a stopped run built, on a fresh connection (a source that failed mid-load leaves the run's own
   * unusable); when the storage is gone, the next run's cleaning does it.
   */
  void discard(Collection<Table> candidates, String runId) {
    try (Connection fresh = storage.dataSource().getConnection(); Statement s = fresh.createStatement()) {
      for (Table candidate : candidates) {
        s.execute("DROP TABLE IF EXISTS `" + candidate.tableName() + "`");
      }
      dropStaging(fresh);
    } catch (SQLException e) {
      LOG.info("run {}: its tables are dropped by the next run ({})", runId, e.getMessage());
    }
  }

  void dropStaging(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (SourceConfig source : plan.staged()) {
        s.execute("DROP TABLE IF EXISTS `" + TableNames.staging(source.name()) + "`");
      }
    }
  }
}
