package io.quanta.dictionary.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ObservationsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void freshness_is_that_of_the_stalest_object_and_a_broken_promise_wins() throws Exception {
    JsonNode status = JSON.readTree("""
        {"objects": [
          {"object": "a", "freshness": {"ageSeconds": 9000, "slaSeconds": 86400, "compliant": true}},
          {"object": "b", "freshness": {"ageSeconds": 120, "slaSeconds": 60, "compliant": false}},
          {"object": "c", "freshness": null}]}""");

    JsonNode freshness = Observations.freshness(status);

    assertThat(freshness.path("object").asText()).isEqualTo("b");
    assertThat(freshness.path("compliant").asBoolean()).isFalse();
    assertThat(Observations.freshness(JSON.readTree("{\"objects\": []}"))).isEmpty();
  }

  @Test
  void quality_verdict_follows_the_worst_outcome() throws Exception {
    assertThat(verdict("{\"rules\": 3, \"pass\": 2, \"fail\": 1}")).isEqualTo("fail");
    assertThat(verdict("{\"rules\": 3, \"pass\": 2, \"error\": 1}")).isEqualTo("warn");
    assertThat(verdict("{\"rules\": 3, \"pass\": 3}")).isEqualTo("pass");
    assertThat(verdict("{\"rules\": 3, \"notYetChecked\": 3}")).isEqualTo("unknown");
    assertThat(verdict("{\"rules\": 0}")).isEqualTo("none");
    assertThat(Observations.quality(null, null).path("status").asText()).isEqualTo("unknown");
  }

  private static String verdict(String summary) throws Exception {
    return Observations.quality(JSON.readTree("{\"summary\": " + summary + "}"), null).path("status").asText();
  }
}
