package io.quanta.runtime.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class NdjsonReaderTest {

  @Test
  void columns_are_the_first_objects_keys_and_missing_keys_are_null() throws IOException {
    String ndjson = "{\"id\":1,\"name\":\"a\\tb\",\"ok\":true}\n{\"name\":null,\"id\":2}\n{\"id\":3,\"extra\":[1,{\"x\":2}]}\n";
    NdjsonReader reader = new NdjsonReader(in(ndjson), null, List.of("score"), "test");

    assertThat(reader.columns()).containsExactly("id", "name", "ok", "score");
    assertThat(load(reader)).isEqualTo("1\ta\\tb\ttrue\t\\N\n2\t\\N\t\\N\t\\N\n3\t\\N\t\\N\t\\N\n");
  }

  @Test
  void nested_values_are_written_as_json_text() throws IOException {
    NdjsonReader reader = new NdjsonReader(in("{\"doc\":{\"a\":[1,2]}}\n"), List.of("doc"), "test");

    assertThat(load(reader)).isEqualTo("{\"a\":[1,2]}\n");
  }

  @Test
  void a_line_that_is_not_an_object_is_named() throws IOException {
    NdjsonReader reader = new NdjsonReader(in("{\"id\":1}\n[1]\n"), List.of("id"), "test");

    assertThatThrownBy(() -> load(reader)).hasMessageContaining("test row 2 is not a JSON object");
  }

  private static String load(NdjsonReader reader) throws IOException {
    try (LoadDataStream stream = new LoadDataStream(reader, new LoadDataEncoder(), new AtomicLong(), () -> false)) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
