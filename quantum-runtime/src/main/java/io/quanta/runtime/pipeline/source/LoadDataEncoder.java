package io.quanta.runtime.pipeline.source;

import io.quanta.runtime.schema.ValueKind;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Writes rows in the text format {@code LOAD DATA} reads by default: a tab between fields, a newline after
 * each row, {@code \N} for NULL, and backslash escapes for tab, newline, carriage return, NUL and backslash.
 * Values are written as they come except where MySQL would misread them: booleans ({@code true}, {@code yes},
 * {@code f}…) become 1 or 0, and ISO timestamps lose their {@code Z} or have their offset applied (to UTC).
 */
public final class LoadDataEncoder {

  private static final byte[] NULL = {'\\', 'N'};
  private static final java.time.format.DateTimeFormatter SECONDS =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private byte[] buf = new byte[128 * 1024];
  private int length;
  private int position;
  private int field;
  private ValueKind[] kinds = new ValueKind[0];

  /** How each field (by position in the row) is normalized; null or a short array leaves fields as they are. */
  public void kinds(ValueKind[] perField) {
    this.kinds = perField == null ? new ValueKind[0] : perField.clone();
  }

  /** The next field is NULL. */
  public void nul() {
    separate();
    append(NULL, 0, 2);
  }

  /** The next field's value as UTF-8 bytes. */
  public void bytes(byte[] value, int offset, int count) {
    ValueKind kind = field < kinds.length ? kinds[field] : null;
    separate();
    if (kind == ValueKind.BOOLEAN) {
      int truth = truth(value, offset, count);
      if (truth >= 0) {
        ensure(1);
        buf[length++] = (byte) ('0' + truth);
        return;
      }
    } else if (kind == ValueKind.TIMESTAMP && count > 10) {
      byte last = value[offset + count - 1];
      if (last == 'Z' || last == 'z') {
        // UTC already: MySQL reads the rest as it is.
        escaped(value, offset, count - 1);
        return;
      }
      if (offset(value, offset, count)) {
        byte[] utc = utc(new String(value, offset, count, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        escaped(utc, 0, utc.length);
        return;
      }
    }
    escaped(value, offset, count);
  }

  /** The next field's value as text. */
  public void text(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    bytes(bytes, 0, bytes.length);
  }

  /** Ends the row. */
  public void endRow() {
    ensure(1);
    buf[length++] = '\n';
    field = 0;
  }

  /** Bytes written and not yet taken. */
  int available() {
    return length - position;
  }

  /** Takes up to {@code count} bytes into {@code target}; returns how many. */
  int take(byte[] target, int offset, int count) {
    int n = Math.min(count, available());
    System.arraycopy(buf, position, target, offset, n);
    position += n;
    if (position == length) {
      position = 0;
      length = 0;
    }
    return n;
  }

  private void separate() {
    if (field++ > 0) {
      ensure(1);
      buf[length++] = '\t';
    }
  }

  private void escaped(byte[] value, int offset, int count) {
    ensure(count * 2);
    for (int i = offset; i < offset + count; i++) {
      byte b = value[i];
      switch (b) {
        case '\t' -> {
          buf[length++] = '\\';
          buf[length++] = 't';
        }
        case '\n' -> {
          buf[length++] = '\\';
          buf[length++] = 'n';
        }
        case '\r' -> {
          buf[length++] = '\\';
          buf[length++] = 'r';
        }
        case '\\' -> {
          buf[length++] = '\\';
          buf[length++] = '\\';
        }
        case 0 -> {
          buf[length++] = '\\';
          buf[length++] = '0';
        }
        default -> buf[length++] = b;
      }
    }
  }

  private void append(byte[] value, int offset, int count) {
    ensure(count);
    System.arraycopy(value, offset, buf, length, count);
    length += count;
  }

  private void ensure(int more) {
    if (length + more > buf.length) {
      if (position > 0) {
        System.arraycopy(buf, position, buf, 0, length - position);
        length -= position;
        position = 0;
      }
      if (length + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + more));
      }
    }
  }

  /** 1, 0, or -1 when the text is no boolean word ({@code true}, {@code t}, {@code yes}, {@code y}, {@code 1}…). */
  static int truth(byte[] v, int off, int n) {
    if (n == 0 || n > 5) {
      return -1;
    }
    int c = v[off] | 0x20;
    if (n == 1) {
      return c == 't' || c == 'y' || v[off] == '1' ? 1 : c == 'f' || c == 'n' || v[off] == '0' ? 0 : -1;
    }
    if (word(v, off, n, "true") || word(v, off, n, "yes")) {
      return 1;
    }
    return word(v, off, n, "false") || word(v, off, n, "no") ? 0 : -1;
  }

  private static boolean word(byte[] v, int off, int n, String lower) {
    if (n != lower.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if ((v[off + i] | 0x20) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** True when an ISO timestamp ends in an offset ({@code +02:00}), which MySQL does not read. */
  static boolean offset(byte[] v, int off, int n) {
    int sign = off + n - 6;
    return n > 16 && sign > off + 10 && (v[sign] == '+' || v[sign] == '-') && v[sign + 3] == ':';
  }

  /** {@code 2024-01-31T12:00:00+02:00} → {@code 2024-01-31 10:00:00}; text that does not parse stays. */
  static String utc(String text) {
    try {
      java.time.LocalDateTime at = OffsetDateTime.parse(text.replace(' ', 'T'))
          .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
      String whole = at.format(SECONDS);
      return at.getNano() == 0 ? whole : whole + "." + String.format("%09d", at.getNano()).replaceAll("0+$", "");
    } catch (DateTimeParseException e) {
      return text;
    }
  }
}
