package io.quanta.dictionary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.dictionary.testing.TestDictionary;
import io.quanta.dictionary.testing.TestElasticsearch;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a client can get wrong against the UI's files: the dictionary's problems, never a stack trace. */
class UiRoutesErrorsIT {

  static TestDictionary dictionary;

  @BeforeAll
  static void start(@TempDir Path dir) {
    dictionary = TestDictionary.start(dir, Map.of(), null, TestElasticsearch.url());
  }

  @AfterAll
  static void stop() {
    dictionary.close();
  }

  @Test
  void a_missing_file_is_a_not_found_problem() {
    for (String path : new String[] {"/ui/js/missing.js", "/webjars/cytoscape/0.0.0/dist/cytoscape.js", "/favicon.ico"}) {
      HttpResponse<String> response = dictionary.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
      assertThat(TestDictionary.parse(response.body()).path("code").asText()).as(path).isEqualTo("not-found");
    }
  }

  @Test
  void a_path_that_climbs_out_of_the_ui_folder_finds_nothing() {
    HttpResponse<String> response = dictionary.get("/ui/..%2f..%2fio/quanta/dictionary/es/distribution.properties");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("elasticsearch");
  }

  @Test
  void writing_to_the_ui_is_not_allowed() {
    HttpResponse<String> response = dictionary.send(HttpRequest.newBuilder(URI.create(dictionary.url() + "/ui/js/app.js"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build());
    assertThat(response.statusCode()).isIn(404, 405);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
  }
}
