package io.quanta.runtime.bench;

import io.quanta.runtime.pipeline.source.CsvReader;
import io.quanta.runtime.pipeline.source.LoadDataEncoder;
import io.quanta.runtime.pipeline.source.LoadDataStream;
import io.quanta.runtime.schema.ValueKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The measurement behind the pipeline's choice of staging: the same CSV file into the same table, (a) streamed
 * through {@code LOAD DATA LOCAL INFILE} from the pipeline's own CSV reader, (b) as rewritten batched inserts
 * ({@code rewriteBatchedStatements=true}, 5,000 rows a batch, one transaction). Prints the median of each.
 *
 * <pre>{@code java -cp <test classpath> io.quanta.runtime.bench.StagingBench JDBC_URL USER PASSWORD FILE [REPEATS]}</pre>
 */
public final class StagingBench {

  private static final String TABLE = "CREATE TABLE %s (id BIGINT NOT NULL PRIMARY KEY, customer VARCHAR(32) NULL,"
      + " country CHAR(2) NULL, amount DECIMAL(12,2) NULL, quantity INT NULL, paid BOOLEAN NULL, note VARCHAR(64) NULL,"
      + " created_at DATETIME NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
  private static final ValueKind[] KINDS = {ValueKind.INTEGER, ValueKind.STRING, ValueKind.STRING, ValueKind.DECIMAL,
      ValueKind.INTEGER, ValueKind.BOOLEAN, ValueKind.STRING, ValueKind.TIMESTAMP};

  private StagingBench() {
  }

  public static void main(String[] args) throws Exception {
    String url = args[0] + (args[0].contains("?") ? "&" : "?")
        + "allowLoadLocalInfile=true&rewriteBatchedStatements=true&useServerPrepStmts=false&characterEncoding=UTF-8";
    Path file = Path.of(args[3]);
    int repeats = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    List<Double> load = new ArrayList<>();
    List<Double> batch = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
      for (int i = 0; i < repeats; i++) {
        load.add(time(c, "stage_load", () -> loadData(c, file)));
        batch.add(time(c, "stage_batch", () -> batches(c, file)));
      }
    }
    System.out.printf("load-data-local-infile %.3f%n", median(load));
    System.out.printf("rewritten-batched-inserts %.3f%n", median(batch));
  }

  /** Work against an open connection that may fail. */
  private interface Work {
    long run() throws Exception;
  }

  private static double time(Connection c, String table, Work work) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table);
      s.execute(String.format(TABLE, table));
    }
    long start = System.nanoTime();
    long rows = work.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf("%s: %d rows in %.3f s%n", table, rows, seconds);
    return seconds;
  }

  private static long loadData(Connection c, Path file) throws IOException, SQLException {
    try (InputStream in = Files.newInputStream(file); Statement s = c.createStatement()) {
      CsvReader reader = new CsvReader(in, ',', "", file.toString());
      LoadDataEncoder encoder = new LoadDataEncoder();
      encoder.kinds(KINDS);
      s.unwrap(com.mysql.cj.jdbc.JdbcStatement.class)
          .setLocalInfileInputStream(new LoadDataStream(reader, encoder, new AtomicLong(), () -> false));
      return s.executeLargeUpdate("LOAD DATA LOCAL INFILE 'bench' INTO TABLE stage_load CHARACTER SET utf8mb4");
    }
  }

  private static long batches(Connection c, Path file) throws IOException, SQLException {
    c.setAutoCommit(false);
    long rows = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        PreparedStatement s = c.prepareStatement("INSERT INTO stage_batch VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        String[] fields = fields(line);
        for (int i = 0; i < fields.length; i++) {
          s.setString(i + 1, value(i, fields[i]));
        }
        s.addBatch();
        if (++rows % 5000 == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
      c.commit();
    } finally {
      c.setAutoCommit(true);
    }
    return rows;
  }

  /** The same conversions the pipeline's encoder makes: booleans to 1/0, the Z of timestamps dropped. */
  private static String value(int column, String field) {
    if (field == null) {
      return null;
    }
    if (KINDS[column] == ValueKind.BOOLEAN) {
      return field.equals("true") ? "1" : "0";
    }
    if (KINDS[column] == ValueKind.TIMESTAMP && field.endsWith("Z")) {
      return field.substring(0, field.length() - 1);
    }
    return field;
  }

  /** One CSV line (no line breaks inside fields): unquoted empty is null, "" escapes a quote. */
  private static String[] fields(String line) {
    List<String> out = new ArrayList<>(8);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
        wasQuoted = true;
      } else if (ch == ',') {
        out.add(field.length() == 0 && !wasQuoted ? null : field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else {
        field.append(ch);
      }
    }
    out.add(field.length() == 0 && !wasQuoted ? null : field.toString());
    return out.toArray(new String[0]);
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
