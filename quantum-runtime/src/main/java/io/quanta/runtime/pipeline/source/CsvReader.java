package io.quanta.runtime.pipeline.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads RFC 4180 CSV (UTF-8, a header line, fields optionally in double quotes with {@code ""} for a quote,
 * line breaks inside quotes, LF or CRLF) byte by byte, writing each field straight to the encoder. An
 * unquoted field equal to the null text (default: empty) is NULL; a quoted empty field is an empty string.
 * Blank lines are skipped. Can remember chosen fields of the last row (the key, for keyset paging).
 */
public final class CsvReader implements SourceReader {

  private static final int EOF = -1;

  private final InputStream in;
  private final byte delimiter;
  private final byte[] nullValue;
  private final String label;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] field = new byte[256];
  private int fieldLength;
  private long line = 1;
  private long rowLine;
  private final List<String> columns;
  private int[] remembered = new int[0];
  private String[] lastRemembered = new String[0];

  public CsvReader(InputStream in, char delimiter, String nullValue, String label) throws IOException {
    this.in = in;
    this.delimiter = (byte) delimiter;
    this.nullValue = nullValue.getBytes(StandardCharsets.UTF_8);
    this.label = label;
    skipBom();
    List<String> header = new ArrayList<>();
    if (!record(null, header)) {
      throw new IOException(label + " is empty: a CSV source starts with a header line naming its columns");
    }
    this.columns = List.copyOf(header.stream().map(String::trim).toList());
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  /** Remembers these fields (by position) of each row; {@link #remembered()} gives the last row's. */
  public void remember(int[] positions) {
    this.remembered = positions.clone();
    this.lastRemembered = new String[positions.length];
  }

  /** The remembered fields of the last row read (null for NULL). */
  public String[] remembered() {
    return lastRemembered.clone();
  }

  @Override
  public boolean next(LoadDataEncoder out) throws IOException {
    return record(out, null);
  }

  @Override
  public String position() {
    return label + " line " + rowLine;
  }

  /** Reads one record into the encoder (or, for the header, into names); false at the end of the input. */
  private boolean record(LoadDataEncoder out, List<String> names) throws IOException {
    int c = peek();
    while (c == '\n' || c == '\r') {
      consumeLineBreak(c);
      c = peek();
    }
    if (c == EOF) {
      return false;
    }
    rowLine = line;
    int count = 0;
    while (true) {
      boolean quoted = peek() == '"';
      if (quoted) {
        position++;
        readQuoted();
      } else {
        readPlain();
      }
      emit(out, names, count, quoted);
      count++;
      c = peek();
      if (c == (delimiter & 0xFF)) {
        position++;
        continue;
      }
      if (c == '\n' || c == '\r') {
        consumeLineBreak(c);
      } else if (c != EOF) {
        throw new IOException(label + " line " + rowLine + ": unexpected text after a quoted field (a quote inside a"
            + " quoted field is written \"\")");
      }
      break;
    }
    if (names == null && count != columns.size()) {
      throw new IOException(label + " line " + rowLine + " has " + count + " field" + (count == 1 ? "" : "s")
          + "; the header has " + columns.size());
    }
    if (out != null) {
      out.endRow();
    }
    return true;
  }

  private void emit(LoadDataEncoder out, List<String> names, int index, boolean quoted) {
    if (names != null) {
      names.add(new String(field, 0, fieldLength, StandardCharsets.UTF_8));
      return;
    }
    boolean isNull = !quoted && fieldLength == nullValue.length
        && Arrays.equals(field, 0, fieldLength, nullValue, 0, nullValue.length);
    for (int i = 0; i < remembered.length; i++) {
      if (remembered[i] == index) {
        lastRemembered[i] = isNull ? null : new String(field, 0, fieldLength, StandardCharsets.UTF_8);
      }
    }
    if (out == null) {
      return;
    }
    if (isNull) {
      out.nul();
    } else {
      out.bytes(field, 0, fieldLength);
    }
  }

  private void readPlain() throws IOException {
    fieldLength = 0;
    while (true) {
      if (position == limit && fill() == EOF) {
        return;
      }
      int start = position;
      int end = limit;
      int i = start;
      while (i < end) {
        byte b = buffer[i];
        if (b == delimiter || b == '\n' || b == '\r') {
          break;
        }
        i++;
      }
      append(start, i - start);
      position = i;
      if (i < end) {
        return;
      }
    }
  }

  private void readQuoted() throws IOException {
    fieldLength = 0;
    while (true) {
      if (position == limit && fill() == EOF) {
        throw new IOException(label + " line " + rowLine + ": a quoted field is never closed");
      }
      int start = position;
      int i = start;
      while (i < limit && buffer[i] != '"') {
        if (buffer[i] == '\n') {
          line++;
        }
        i++;
      }
      append(start, i - start);
      position = i;
      if (i == limit) {
        continue;
      }
      position++;
      if (peek() == '"') {
        position++;
        appendByte((byte) '"');
        continue;
      }
      return;
    }
  }

  private void consumeLineBreak(int c) throws IOException {
    position++;
    if (c == '\r' && peek() == '\n') {
      position++;
    }
    line++;
  }

  private int peek() throws IOException {
    if (position == limit && fill() == EOF) {
      return EOF;
    }
    return buffer[position] & 0xFF;
  }

  private int fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      position = 0;
      limit = 0;
      return EOF;
    }
    position = 0;
    limit = n;
    return n;
  }

  private void append(int start, int count) {
    if (fieldLength + count > field.length) {
      field = Arrays.copyOf(field, Math.max(field.length * 2, fieldLength + count));
    }
    System.arraycopy(buffer, start, field, fieldLength, count);
    fieldLength += count;
  }

  private void appendByte(byte b) {
    if (fieldLength == field.length) {
      field = Arrays.copyOf(field, field.length * 2);
    }
    field[fieldLength++] = b;
  }

  private void skipBom() throws IOException {
    if (peek() == 0xEF && limit - position >= 3 && buffer[position + 1] == (byte) 0xBB
        && buffer[position + 2] == (byte) 0xBF) {
      position += 3;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
