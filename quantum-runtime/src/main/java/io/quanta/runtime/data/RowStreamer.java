package io.quanta.runtime.data;

import com.zaxxer.hikari.HikariDataSource;
import io.quanta.runtime.data.SqlBuilder.Sql;
import io.quanta.runtime.storage.Storage;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Streams a SELECT into an HTTP response from a worker thread: a server-side cursor (the driver's
 * row-by-row mode) feeds an encoder, 64 KiB at a time; when the client reads slower than the database
 * the worker waits for the response to drain, and when the client goes away the query is aborted. The
 * response head is written only once the query has started, so a failing query still gets a proper
 * error response.
 */
final class RowStreamer {

  private static final int CHUNK = 64 * 1024;

  private RowStreamer() {
  }

  /**
   * Runs the query and streams its rows; resolves to the number of rows written. {@code onStart} runs
   * (on the worker) when the query has produced its result set, right before the head is written.
   */
  static Future<Long> stream(Storage storage, Sql sql, RowEncoder encoder, HttpServerResponse response,
      Consumer<HttpServerResponse> onStart) {
    Semaphore drained = new Semaphore(0);
    AtomicBoolean closed = new AtomicBoolean();
    response.drainHandler(v -> drained.release());
    response.closeHandler(v -> {
      closed.set(true);
      drained.release();
    });
    return storage.onWorker(() -> {
      HikariDataSource pool = (HikariDataSource) storage.dataSource();
      Connection connection = pool.getConnection();
      boolean aborted = false;
      try (PreparedStatement statement = connection.prepareStatement(sql.text(),
          ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        statement.setFetchSize(Integer.MIN_VALUE);
        bind(statement, sql.parameters());
        try (ResultSet rs = statement.executeQuery()) {
          onStart.accept(response);
          Buffer chunk = Buffer.buffer(CHUNK + 4096);
          encoder.begin(chunk);
          long rows = 0;
          while (rs.next()) {
            encoder.row(rs, chunk, rows == 0);
            rows++;
            if (chunk.length() >= CHUNK) {
              if (!send(response, chunk, drained, closed)) {
                aborted = true;
                return rows;
              }
              chunk = Buffer.buffer(CHUNK + 4096);
            }
          }
          encoder.end(chunk);
          response.end(chunk);
          return rows;
        }
      } finally {
        if (aborted) {
          abort(pool, connection);
        } else {
          connection.close();
        }
      }
    });
  }

  /** Writes a chunk, waiting while the client is slow; false when the client has gone. */
  private static boolean send(HttpServerResponse response, Buffer chunk, Semaphore drained, AtomicBoolean closed)
      throws InterruptedException {
    if (closed.get()) {
      return false;
    }
    response.write(chunk);
    while (response.writeQueueFull() && !closed.get()) {
      drained.tryAcquire(100, TimeUnit.MILLISECONDS);
    }
    return !closed.get();
  }

  static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  /**
   * A streaming result cannot be closed without reading it to the end, so a query the client walked
   * away from is cut at the socket and its connection evicted from the pool.
   */
  private static void abort(HikariDataSource pool, Connection connection) {
    try {
      connection.unwrap(com.mysql.cj.jdbc.JdbcConnection.class).abortInternal();
    } catch (SQLException e) {
      // the socket is gone either way; eviction below drops the connection
    }
    pool.evictConnection(connection);
  }
}
