package io.quanta.dictionary.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanta.runtime.http.Problem;
import org.junit.jupiter.api.Test;

class AnnouncementTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void reads_the_runtimes_announcement() throws Exception {
    Announcement a = Announcement.parse(JSON.readTree("{\"url\":\"http://q:8081/\",\"id\":\"orders\"}"));

    assertThat(a.url()).isEqualTo("http://q:8081");
    assertThat(a.id()).isEqualTo("orders");
    assertThat(Announcement.parse(JSON.readTree("{\"url\":\"https://q/prefix\"}")).id()).isNull();
  }

  @Test
  void refuses_what_is_not_an_http_url_or_an_id() {
    for (String body : new String[] {"{}", "[]", "{\"url\":1}", "{\"url\":\"ftp://x\"}", "{\"url\":\"http://x?a=1\"}",
        "{\"url\":\"not a url\"}", "{\"url\":\"http://x\",\"id\":\"Orders\"}", "{\"url\":\"http://x\",\"id\":5}"}) {
      assertThatThrownBy(() -> Announcement.parse(JSON.readTree(body))).as(body).isInstanceOf(Problem.class)
          .extracting(e -> ((Problem) e).code()).isEqualTo("bad-announcement");
    }
  }
}
