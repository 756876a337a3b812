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

/** The UI's files as a browser fetches them from a real dictionary: from the jar, typed, nothing from a CDN. */
class UiRoutesIT {

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
  void the_root_is_the_single_page_with_a_content_security_policy() {
    HttpResponse<String> page = dictionary.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "object-src 'none'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.body()).contains("<script type=\"module\" src=\"/ui/js/app.js\"></script>",
        "<link rel=\"icon\" href=\"/ui/favicon.svg\"");
    // Offline: every script, style and icon the page names lives on this server.
    assertThat(page.body()).doesNotContain("http://", "https://", "//cdn");
  }

  @Test
  void scripts_styles_and_the_icon_are_served_with_their_types() {
    assertType("/ui/js/app.js", "text/javascript");
    assertType("/ui/js/pages/quantum.js", "text/javascript");
    assertType("/ui/css/app.css", "text/css");
    assertType("/ui/favicon.svg", "image/svg+xml");
  }

  @Test
  void the_graph_library_comes_from_its_webjar_at_the_version_the_build_pinned() {
    HttpResponse<String> vendor = dictionary.get("/ui/js/vendor/cytoscape.js");
    assertThat(vendor.statusCode()).isEqualTo(200);
    String path = vendor.body().replaceAll("(?s).*from '([^']+)'.*", "$1").trim();
    assertThat(path).matches("/webjars/cytoscape/\\d+\\.\\d+\\.\\d+/dist/cytoscape\\.esm\\.min\\.mjs");
    HttpResponse<String> library = dictionary.get(path);
    assertThat(library.statusCode()).isEqualTo(200);
    assertThat(library.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    assertThat(library.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=31536000"));
    assertThat(library.body()).contains("export").hasSizeGreaterThan(100_000);
  }

  @Test
  void head_requests_answer_like_get_without_a_body() {
    HttpResponse<String> head = dictionary.send(HttpRequest.newBuilder(URI.create(dictionary.url() + "/ui/css/app.css"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void the_api_stays_json_beside_the_ui() {
    HttpResponse<String> api = dictionary.get("/api");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(api.headers().firstValue("Content-Security-Policy")).isEmpty();
  }

  private static void assertType(String path, String type) {
    HttpResponse<String> response = dictionary.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).as(path)
        .hasValueSatisfying(t -> assertThat(t).startsWith(type));
  }
}
