package io.quanta.runtime.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.runtime.schema.ValueKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void reads_quotes_escaped_quotes_line_breaks_and_crlf_into_load_data_text() throws IOException {
    String csv = "\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\"two\r\nlines\"\r\n2,,\"\"\r\n\r\n";

    assertThat(load(csv, null)).isEqualTo("1\tx, \"y\"\ttwo\\r\\nlines\n2\t\\N\t\n");
  }

  @Test
  void escapes_tabs_backslashes_and_the_null_marker() throws IOException {
    assertThat(load("a\n\"t\tb\\\\N\"\n", null)).isEqualTo("t\\tb\\\\\\\\N\n");
  }

  @Test
  void normalizes_booleans_and_zoned_timestamps_by_column_kind() throws IOException {
    String csv = "flag,at\nyes,2024-01-31T12:00:00Z\nFALSE,2024-01-31T12:00:00+02:00\nmaybe,2024-01-31 12:00:00\n";
    ValueKind[] kinds = {ValueKind.BOOLEAN, ValueKind.TIMESTAMP};

    assertThat(load(csv, kinds)).isEqualTo("1\t2024-01-31T12:00:00\n0\t2024-01-31 10:00:00\nmaybe\t2024-01-31 12:00:00\n");
  }

  @Test
  void a_row_with_another_number_of_fields_names_its_line() {
    assertThatThrownBy(() -> load("a,b\n1,2\n3\n", null)).hasMessageContaining("line 3 has 1 field; the header has 2");
  }

  @Test
  void remembers_the_key_of_the_last_row() throws IOException {
    CsvReader reader = new CsvReader(in("id,name\n1,a\n22,b\n"), ',', "", "test");
    reader.remember(new int[] {0});
    LoadDataEncoder out = new LoadDataEncoder();
    while (reader.next(out)) {
      // read to the end
    }
    assertThat(reader.remembered()).containsExactly("22");
  }

  private static String load(String csv, ValueKind[] kinds) throws IOException {
    CsvReader reader = new CsvReader(in(csv), ',', "", "test");
    LoadDataEncoder encoder = new LoadDataEncoder();
    encoder.kinds(kinds);
    try (LoadDataStream stream = new LoadDataStream(reader, encoder, new AtomicLong(), () -> false)) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
