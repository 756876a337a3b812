package io.quanta.runtime.pipeline.source;

import io.quanta.runtime.config.PipelineConfig.JdbcOrigin;
import io.quanta.runtime.config.Secret;
import io.quanta.runtime.storage.JdbcUrls;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of a query on another MySQL-compatible database (row by row: the driver's streaming
 * mode), each value as the driver's text. Failing to connect or losing the connection is a transport
 * failure (retried); a query the database refuses is not.
 */
public final class JdbcReader implements SourceReader {

  private final Connection connection;
  private final ResultSet rows;
  private final List<String> columns;
  private final String label;
  private long row;

  private JdbcReader(Connection connection, ResultSet rows, List<String> columns, String label) {
    this.connection = connection;
    this.rows = rows;
    this.columns = columns;
    this.label = label;
  }

  public static JdbcReader open(JdbcOrigin origin, String label) throws IOException {
    Connection connection;
    try {
      connection = DriverManager.getConnection(origin.url(), origin.user(), Secret.reveal(origin.password()));
    } catch (SQLException e) {
      throw new TransportException("cannot connect to " + JdbcUrls.redact(origin.url()) + ": " + e.getMessage(), e);
    }
    try {
      connection.setReadOnly(true);
      Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(Integer.MIN_VALUE);
      ResultSet rows = statement.executeQuery(origin.query());
      ResultSetMetaData meta = rows.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnLabel(i));
      }
      return new JdbcReader(connection, rows, List.copyOf(columns), label);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw failure(e, label + ": the query failed");
    }
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public boolean next(LoadDataEncoder out) throws IOException {
    try {
      if (!rows.next()) {
        return false;
      }
      row++;
      for (int i = 1; i <= columns.size(); i++) {
        String value = rows.getString(i);
        if (value == null) {
          out.nul();
        } else {
          out.text(value);
        }
      }
      out.endRow();
      return true;
    } catch (SQLException e) {
      throw failure(e, label + " row " + (row + 1));
    }
  }

  @Override
  public String position() {
    return label + " row " + row;
  }

  @Override
  public void close() {
    // A streaming result must be read to its end before closing; aborting drops the rest at the socket.
    try {
      connection.unwrap(com.mysql.cj.jdbc.JdbcConnection.class).abortInternal();
    } catch (SQLException e) {
      closeQuietly(connection);
    }
  }

  private static IOException failure(SQLException e, String where) {
    String message = where + ": " + e.getMessage();
    boolean transport = e.getSQLState() != null && e.getSQLState().startsWith("08");
    return transport ? new TransportException(message, e) : new IOException(message, e);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // nothing more to release
    }
  }
}
