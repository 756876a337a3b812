package io.quanta.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanta.runtime.testing.TestQuantum;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class DataRoutesErrorsIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static TestQuantum quantum;

  @BeforeAll
  static void start(@TempDir Path dir) {
    quantum = TestQuantum.start(dir.resolve("shop"), DataRoutesIT.CONTRACT, "id: shop-errors\n");
  }

  @AfterAll
  static void stop() {
    if (quantum != null) {
      quantum.close();
    }
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "/data/nothing|404|unknown-object",
      "/data/orders?nope=eq.1|400|unknown-column",
      "/data/orders?select=order_id,nope|400|unknown-column",
      "/data/orders?amount=xx.1|400|bad-operator",
      "/data/orders?amount=5|400|bad-filter",
      "/data/orders?amount=gt.abc|400|bad-value",
      "/data/orders?order_id=eq.99999999999999999999999|400|bad-value",
      "/data/orders?paid=eq.maybe|400|bad-value",
      "/data/orders?placed_at=gt.yesterday|400|bad-value",
      "/data/orders?paid=is.perhaps|400|bad-value",
      "/data/orders?amount=like.1*|400|bad-operator",
      "/data/orders?customer=in.()|400|bad-value",
      "/data/orders?order=amount.sideways|400|bad-order",
      "/data/orders?order=nope|400|unknown-column",
      "/data/orders?limit=-1|400|bad-limit",
      "/data/orders?limit=lots|400|bad-limit",
      "/data/orders?limit=1&limit=2|400|repeated-parameter",
      "/data/orders?after=abc|400|bad-value",
      "/data/orders?after=1&order=amount|400|after-with-order",
      "/data/lines?after=1|400|bad-key",
      "/data/orders?format=xml|400|bad-format",
      "/data/orders/notanumber|400|bad-value",
      "/nowhere|404|not-found"})
  void answers_problem_json(String path, int status, String code) throws Exception {
    HttpResponse<String> response = quantum.get(path);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("code").asText()).isEqualTo(code);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText()).isNotBlank();
  }
}
