package io.quanta.runtime.data;

import io.quanta.runtime.schema.Column;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes rows as CSV, NDJSON or a JSON array straight from the driver's text bytes: numbers are copied
 * as they are, text is escaped, booleans become {@code true}/{@code false} and timestamps ISO 8601. No
 * intermediate objects per value, which is what keeps a million-row read close to the database's speed.
 */
public abstract class RowEncoder {

  private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  protected final List<Column> columns;
  private final byte[][] names;

  protected RowEncoder(List<Column> columns) {
    this.columns = columns;
    this.names = columns.stream().map(c -> jsonString(c.name())).toArray(byte[][]::new);
  }

  /** The encoder for a format name: {@code csv}, {@code ndjson} or {@code json}. */
  public static RowEncoder of(String format, List<Column> columns) {
    return switch (format) {
      case "csv" -> new Csv(columns);
      case "ndjson" -> new Json(columns, false);
      default -> new Json(columns, true);
    };
  }

  public abstract void begin(Buffer out);

  public abstract void row(ResultSet rs, Buffer out, boolean first) throws SQLException;

  public abstract void end(Buffer out);

  /** One row as a JSON object, for single-row answers. */
  public static void jsonObject(List<Column> columns, ResultSet rs, Buffer out) throws SQLException {
    new Json(columns, false).object(rs, out);
  }

  static final class Csv extends RowEncoder {
    Csv(List<Column> columns) {
      super(columns);
    }

    @Override
    public void begin(Buffer out) {
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          out.appendByte((byte) ',');
        }
        csvField(columns.get(i).name().getBytes(StandardCharsets.UTF_8), out);
      }
      out.appendByte((byte) '\n');
    }

    @Override
    public void row(ResultSet rs, Buffer out, boolean first) throws SQLException {
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          out.appendByte((byte) ',');
        }
        byte[] value = rs.getBytes(i + 1);
        if (value == null) {
          continue;
        }
        switch (columns.get(i).kind()) {
          case INTEGER, DECIMAL, DATE, TIME -> out.appendBytes(value);
          case BOOLEAN -> out.appendBytes(truth(value) ? TRUE : FALSE);
          case TIMESTAMP -> out.appendBytes(iso(value));
          default -> csvField(value, out);
        }
      }
      out.appendByte((byte) '\n');
    }

    @Override
    public void end(Buffer out) {
    }

    private static void csvField(byte[] value, Buffer out) {
      boolean quote = false;
      for (byte b : value) {
        if (b == ',' || b == '"' || b == '\n' || b == '\r') {
          quote = true;
          break;
        }
      }
      if (!quote) {
        out.appendBytes(value);
        return;
      }
      out.appendByte((byte) '"');
      int start = 0;
      for (int i = 0; i < value.length; i++) {
        if (value[i] == '"') {
          out.appendBytes(value, start, i - start + 1).appendByte((byte) '"');
          start = i + 1;
        }
      }
      out.appendBytes(value, start, value.length - start).appendByte((byte) '"');
    }
  }

  static final class Json extends RowEncoder {
    private final boolean array;

    Json(List<Column> columns, boolean array) {
      super(columns);
      this.array = array;
    }

    @Override
    public void begin(Buffer out) {
      if (array) {
        out.appendByte((byte) '[');
      }
    }

    @Override
    public void row(ResultSet rs, Buffer out, boolean first) throws SQLException {
      if (array && !first) {
        out.appendByte((byte) ',');
      }
      if (array) {
        out.appendByte((byte) '\n');
      }
      object(rs, out);
      if (!array) {
        out.appendByte((byte) '\n');
      }
    }

    @Override
    public void end(Buffer out) {
      if (array) {
        out.appendBytes("\n]\n".getBytes(StandardCharsets.US_ASCII));
      }
    }

    void object(ResultSet rs, Buffer out) throws SQLException {
      out.appendByte((byte) '{');
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          out.appendByte((byte) ',');
        }
        out.appendBytes(super.names[i]).appendByte((byte) ':');
        byte[] value = rs.getBytes(i + 1);
        if (value == null) {
          out.appendBytes(NULL);
          continue;
        }
        switch (columns.get(i).kind()) {
          case INTEGER, DECIMAL, JSON -> out.appendBytes(value);
          case BOOLEAN -> out.appendBytes(truth(value) ? TRUE : FALSE);
          case TIMESTAMP -> out.appendByte((byte) '"').appendBytes(iso(value)).appendByte((byte) '"');
          default -> escaped(value, out);
        }
      }
      out.appendByte((byte) '}');
    }
  }

  private static boolean truth(byte[] value) {
    return !(value.length == 1 && (value[0] == '0' || value[0] == 0));
  }

  /** {@code 2024-01-31 12:00:00.5} → {@code 2024-01-31T12:00:00.5}, in place. */
  private static byte[] iso(byte[] value) {
    if (value.length > 10 && value[10] == ' ') {
      value[10] = 'T';
    }
    return value;
  }

  private static byte[] jsonString(String text) {
    Buffer out = Buffer.buffer();
    escaped(text.getBytes(StandardCharsets.UTF_8), out);
    return out.getBytes();
  }

  /** A JSON string of UTF-8 bytes: quotes, backslashes and control characters escaped. */
  static void escaped(byte[] value, Buffer out) {
    out.appendByte((byte) '"');
    int start = 0;
    for (int i = 0; i < value.length; i++) {
      byte b = value[i];
      if (b == '"' || b == '\\' || (b >= 0 && b < 0x20)) {
        out.appendBytes(value, start, i - start);
        out.appendByte((byte) '\\');
        switch (b) {
          case '"', '\\' -> out.appendByte(b);
          case '\n' -> out.appendByte((byte) 'n');
          case '\r' -> out.appendByte((byte) 'r');
          case '\t' -> out.appendByte((byte) 't');
          default -> out.appendByte((byte) 'u').appendByte((byte) '0').appendByte((byte) '0')
              .appendByte(HEX[(b >> 4) & 0xF]).appendByte(HEX[b & 0xF]);
        }
        start = i + 1;
      }
    }
    out.appendBytes(value, start, value.length - start).appendByte((byte) '"');
  }
}
