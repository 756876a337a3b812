package io.quanta.dictionary.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.dictionary.config.DictionaryConfigLoader.Overrides;
import io.quanta.runtime.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryConfigLoaderTest {

  @Test
  void defaults_without_a_file() {
    DictionaryConfig config = new DictionaryConfigLoader(Map.<String, String>of()::get).load(Overrides.none());

    assertThat(config.server().port()).isEqualTo(8080);
    assertThat(config.elasticsearch().embedded()).isTrue();
    assertThat(config.elasticsearch().indexPrefix()).isEqualTo("quanta");
    assertThat(config.dataDir()).isEqualTo(Path.of(".quanta/dictionary").toAbsolutePath());
    assertThat(config.crawler().intervalSeconds()).isEqualTo(60);
    assertThat(config.crawler().concurrency()).isEqualTo(64);
    assertThat(config.access().openRead()).isTrue();
    assertThat(config.access().anyCredentials()).isFalse();
    assertThat(config.policies()).isEmpty();
  }

  @Test
  void the_file_then_the_environment_then_the_flags(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("dictionary.yaml"), """
        server: {port: 9000}
        elasticsearch: {url: 'http://es:9200', indexPrefix: mesh}
        data: state
        crawler: {intervalSeconds: 30, token: crawl-secret}
        seeds: [http://a:8081, http://b:8081/]
        governance: {policies: [policies]}
        access: {tokensFile: tokens.yaml, openRead: false}
        """);
    Map<String, String> env = Map.of("QUANTA_ES_URL", "http://other:9200", "QUANTA_DICTIONARY_PORT", "9100");

    DictionaryConfig config = new DictionaryConfigLoader(env::get).load(new Overrides(file, 9200, null, null));

    assertThat(config.server().port()).isEqualTo(9200);
    assertThat(config.elasticsearch().url()).isEqualTo("http://other:9200");
    assertThat(config.elasticsearch().indexPrefix()).isEqualTo("mesh");
    assertThat(config.dataDir()).isEqualTo(dir.resolve("state"));
    assertThat(config.crawler().intervalSeconds()).isEqualTo(30);
    assertThat(config.crawler().token().toString()).isEqualTo("****");
    assertThat(config.seeds()).containsExactly("http://a:8081", "http://b:8081/");
    assertThat(config.policies()).containsExactly(dir.resolve("policies"));
    assertThat(config.access().tokensFile()).isEqualTo(dir.resolve("tokens.yaml"));
    assertThat(config.access().openRead()).isFalse();
  }

  @Test
  void refuses_unknown_keys_and_bad_values_with_one_sentence(@TempDir Path dir) throws Exception {
    Path typo = Files.writeString(dir.resolve("a.yaml"), "crawler: {intervalSecs: 5}\n");
    assertThatThrownBy(() -> load(typo, Map.of())).isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown key 'crawler.intervalSecs'");
    assertThatThrownBy(() -> load(null, Map.of("QUANTA_ES_URL", "es:9200"))).hasMessageContaining("http(s) URL");
    assertThatThrownBy(() -> load(null, Map.of("QUANTA_DICTIONARY_PORT", "70000"))).hasMessageContaining("out of range");
    assertThatThrownBy(() -> load(null, Map.of("QUANTA_ES_INDEX_PREFIX", "Bad Prefix")))
        .hasMessageContaining("indexPrefix");
    Path zero = Files.writeString(dir.resolve("b.yaml"), "crawler: {concurrency: 0}\n");
    assertThatThrownBy(() -> load(zero, Map.of())).hasMessageContaining("crawler.concurrency must be greater than 0");
    assertThatThrownBy(() -> load(dir.resolve("missing.yaml"), Map.of())).hasMessageContaining("does not exist");
  }

  private static DictionaryConfig load(Path file, Map<String, String> env) {
    return new DictionaryConfigLoader(env::get).load(new Overrides(file, null, null, null));
  }
}
