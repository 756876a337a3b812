package io.quanta.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.cli.CliHarness;
import io.quanta.contract.codec.ContractCodec;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default template from scaffold to mesh: {@code quanta new} (file-source), {@code quanta validate}
 * against a real dictionary's global policies, {@code quanta run} (the pipeline publishes version 1 at start),
 * the rows read back through the output port, and the quantum found in the dictionary it announced itself to.
 * The dictionary runs as {@code quanta dictionary} with its embedded Elasticsearch.
 */
class FileSourceTemplateIT {

  static final String ANNOUNCE_TOKEN = "it-announce-token";
  static final Path DICTIONARY_DATA = Path.of("target", "it-dictionary-templates").toAbsolutePath();

  @TempDir
  Path dir;

  @Test
  void scaffolds_validates_runs_publishes_and_appears_in_the_dictionary() throws Exception {
    Path quantum = dir.resolve("shop-items");
    CliHarness cli = new CliHarness();
    assertThat(cli.run("new", "shop-items", "--domain", "retail", "--dir", quantum.toString())).as(cli.err()).isZero();
    assertThat(cli.out()).contains("(template file-source, domain retail)");

    try (QuantaProcess dictionary = QuantaProcess.start(dir.resolve("logs"), "dictionary",
        Map.of("QUANTA_TOKENS", ANNOUNCE_TOKEN + "=announcer"),
        "dictionary", "--port", "0", "--data", DICTIONARY_DATA.toString())) {
      String dictionaryUrl = dictionary.awaitOut(Pattern.compile("dictionary ready at (http://\\S+)"), 300);
      Map<String, String> mesh = Map.of("QUANTA_DICTIONARY_URL", dictionaryUrl,
          "QUANTA_DICTIONARY_TOKEN", ANNOUNCE_TOKEN);

      try (QuantaProcess validate = QuantaProcess.start(dir.resolve("logs"), "validate", mesh,
          "validate", quantum.toString())) {
        assertThat(validate.exitCode(120)).as(validate.out()).isZero();
        assertThat(validate.out())
            .contains("  policies      ok        11 policies: 11 passed, 0 failed, 0 not applicable (global: the"
                + " dictionary's set enterprise-defaults; local: none)\n")
            .endsWith("shop-items: valid (0 errors, 0 warnings)\n");
      }

      try (QuantaProcess run = QuantaProcess.start(dir.resolve("logs"), "run", mesh,
          "run", quantum.toString(), "--port", "0")) {
        String url = run.awaitOut(Pattern.compile("quantum shop-items ready at (http://\\S+)"), 240);
        awaitReady(url);

        HttpResponse<String> rows = QuantaProcess.get(url + "/data/shop_items?format=csv&order=id&select=id,name,"
            + "category,amount", QuantaProcess.token(quantum, "reader"));
        assertThat(rows.statusCode()).isEqualTo(200);
        assertThat(rows.body().lines()).hasSize(9).contains("1,Atlas of the Oceans,books,34.90", "6,Kite,toys,");
        JsonNode runs = ContractCodec.jsonMapper().readTree(QuantaProcess.get(url + "/observability/runs", null)
            .body());
        assertThat(runs.get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(runs.get("runs").get(0).get("rowsOut").asInt()).isEqualTo(8);
        SidecarTemplateIT.assertServesWhatValidateChecked(url, quantum);

        JsonNode listed = awaitListed(dictionaryUrl + "/api/quanta/shop-items");
        assertThat(listed.get("url").asText()).isEqualTo(url);
        assertThat(listed.get("domain").asText()).isEqualTo("retail");
        assertThat(listed.get("contract").get("id").asText()).isEqualTo("shop-items");
        assertThat(run.stop(60)).isZero();
      }
      assertThat(dictionary.stop(120)).isZero();
    }
  }

  private static void awaitReady(String url) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    HttpResponse<String> ready;
    do {
      ready = QuantaProcess.get(url + "/observability/ready", null);
      if (ready.statusCode() == 200) {
        return;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("not ready within 60 s: " + ready.body() + "\nruns: "
        + QuantaProcess.get(url + "/observability/runs", null).body());
  }

  /** The dictionary's record of the quantum, once its announcement has been crawled and indexed. */
  private static JsonNode awaitListed(String url) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    HttpResponse<String> answer;
    do {
      answer = QuantaProcess.get(url, null);
      if (answer.statusCode() == 200) {
        JsonNode quantum = ContractCodec.jsonMapper().readTree(answer.body());
        if (quantum.path("contract").path("id").isTextual()) {
          return quantum;
        }
      }
      Thread.sleep(500);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("the dictionary does not list the quantum within 90 s: HTTP " + answer.statusCode()
        + " " + answer.body());
  }
}
