package io.quanta.runtime.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the contract's tables when missing and checks that existing ones (a sidecar's, written by
 * another program) have every column the contract promises. Also creates Quanta's bookkeeping tables,
 * all prefixed {@code _quanta_} so they never mix with data.
 */
public final class SchemaManager {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaManager.class);

  private SchemaManager() {
  }

  /** The CREATE TABLE statement of a contract object. */
  public static String createTable(Table table) {
    String columns = table.columns().stream()
        .map(c -> "`" + c.columnName() + "` " + c.sqlType() + (c.required() ? " NOT NULL" : " NULL"))
        .collect(Collectors.joining(",\n  "));
    StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS `").append(table.tableName()).append("` (\n  ")
        .append(columns);
    if (!table.primaryKey().isEmpty()) {
      ddl.append(",\n  PRIMARY KEY (").append(table.primaryKey().stream().map(c -> "`" + c.columnName() + "`")
          .collect(Collectors.joining(", "))).append(")");
    }
    for (Column unique : table.columns()) {
      if (unique.unique() && !(table.primaryKey().size() == 1 && table.primaryKey().get(0).equals(unique))) {
        ddl.append(",\n  UNIQUE KEY `uq_").append(unique.columnName()).append("` (`").append(unique.columnName())
            .append("`").append(unique.kind() == ValueKind.STRING && unique.sqlType().equals("TEXT") ? "(255)" : "")
            .append(")");
      }
    }
    if (table.freshnessColumn() != null && !table.primaryKey().contains(table.freshnessColumn())) {
      ddl.append(",\n  KEY `ix_").append(table.freshnessColumn().columnName()).append("` (`")
          .append(table.freshnessColumn().columnName()).append("`)");
    }
    return ddl.append("\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin").toString();
  }

  /**
   * Creates Quanta's bookkeeping tables only: a managed quantum's object tables are versions its pipeline
   * creates as it publishes.
   */
  public static void ensureBookkeeping(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String ddl : Bookkeeping.DDL) {
        statement.execute(ddl);
      }
    }
  }

  /** Creates what is missing and returns the problems found in tables that already exist. */
  public static List<String> ensure(Connection connection, Catalog catalog) throws SQLException {
    List<String> problems = new ArrayList<>();
    ensureBookkeeping(connection);
    try (Statement statement = connection.createStatement()) {
      for (Table table : catalog.tables()) {
        Set<String> existing = columnsOf(connection, table.tableName());
        if (existing.isEmpty()) {
          if (table.create()) {
            statement.execute(createTable(table));
            LOG.info("created table {} for object {}", table.tableName(), table.object());
          } else {
            problems.add("table " + table.tableName() + " of object " + table.object() + " does not exist"
                + " (objects." + table.object() + ".create is false)");
          }
          continue;
        }
        for (Column column : table.columns()) {
          if (!existing.contains(column.columnName().toLowerCase(Locale.ROOT))) {
            problems.add("table " + table.tableName() + " has no column " + column.columnName()
                + " that the contract's " + table.object() + "." + column.name() + " needs");
          }
        }
      }
    }
    return problems;
  }

  private static Set<String> columnsOf(Connection connection, String table) throws SQLException {
    Set<String> names = new HashSet<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, table, null)) {
      while (rs.next()) {
        names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
