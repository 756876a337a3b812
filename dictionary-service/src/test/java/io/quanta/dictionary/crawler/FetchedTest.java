package io.quanta.dictionary.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FetchedTest {

  @Test
  void a_body_received_as_bytes_is_read_as_json_and_as_text_alike() {
    byte[] body = "{\"name\":\"Grüße – 契約\"}".getBytes(StandardCharsets.UTF_8);
    Fetched fetched = new Fetched("/", 200, body, null);

    assertThat(fetched.json().path("name").asText()).isEqualTo("Grüße – 契約");
    assertThat(fetched.body()).isEqualTo("{\"name\":\"Grüße – 契約\"}");
    assertThat(fetched.size()).as("bytes, not characters").isEqualTo(body.length).isGreaterThan(fetched.body().length());
  }

  @Test
  void only_a_json_object_in_a_200_is_json() {
    assertThat(new Fetched("/", 200, "[1,2]", null).json()).isNull();
    assertThat(new Fetched("/", 200, "<html>}{", null).json()).isNull();
    assertThat(new Fetched("/", 500, "{\"a\":1}", null).json()).isNull();
    Fetched none = Fetched.failed("/", "timeout: no complete answer within 5.0 s");
    assertThat(none.json()).isNull();
    assertThat(none.body()).isNull();
    assertThat(none.size()).isZero();
    assertThat(none.problem()).startsWith("timeout");
  }
}
