package io.quanta.dictionary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * The contract, mesh health and governance pages in a real browser, the layout at a phone's width, and the
 * console check itself.
 */
class MeshPagesIT extends UiTestSupport {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void a_base_contract_shows_its_fields_versions_and_who_extends_it() throws Exception {
    open("#/contract/customer");
    awaitPage("#/contract/customer", "Customer");
    assertThat(texts("#schema tr[data-field] th code")).containsExactly("customer_id", "email", "country", "created_at");
    assertThat(find("#versions tr[data-version='1.0.0']").getText()).contains("1.0.0", "latest", "published");
    assertThat(find(".page-header").getText()).contains("ada", "enterprise", "#customer-data (slack)");

    // A published version downloads as it was published, comments and layout kept; it reads as the version held.
    String yaml = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " fetch(document.querySelector('#versions tr[data-version=\"1.0.0\"] a[download]').href)"
        + ".then(r => r.text()).then(done, e => done('failed: ' + e));");
    assertThat(yaml).isEqualTo(Files.readString(UiMesh.CONTRACTS.resolve("customer.odcs.yaml")));
    JsonNode held = mesh.dictionary.json("/api/contracts/customer").path("versions").get(0);
    assertThat(YAML.readTree(yaml)).isEqualTo(held);
    assertThat(find("#versions a[download]").getDomAttribute("download")).isEqualTo("customer-1.0.0.odcs.yaml");
  }

  @Test
  void mesh_health_lists_every_quantum_with_its_state() {
    open("#/health");
    awaitPage("#/health", "Mesh health");
    assertThat(attributes("tr[data-quantum]", "data-quantum")).containsExactly("crm", "loyalty", "retail-customers");
    JsonNode summary = mesh.dictionary.json("/api/mesh/health").path("summary");
    assertThat(find(".tiles a[href='#/search?kind=quantum&health=healthy'] .tile-value").getText())
        .isEqualTo(summary.path("healthy").asText());
    assertThat(find("tr[data-quantum='retail-customers']").getText()).contains("Healthy", "Fresh", "Quality pass");

    find("tr[data-quantum='crm'] a").click();
    awaitPage("#/quantum/crm", "CRM contacts");
  }

  @Test
  void the_governance_report_judges_every_quantum_against_the_policies() {
    open("#/governance");
    awaitPage("#/governance", "Governance report");
    JsonNode report = mesh.dictionary.json("/api/governance/report");
    assertThat(attributes("tr[data-quantum]", "data-quantum")).containsExactly("crm", "loyalty", "retail-customers");
    assertThat(texts("#policies-title")).containsExactly("Policies of " + report.path("policySet").asText());
    int policies = mesh.dictionary.json("/api/governance/policies").path("policies").size();
    assertThat(browser.all("section[aria-labelledby=policies-title] tbody tr")).hasSize(policies);
    for (JsonNode q : report.path("quanta")) {
      String verdict = find("tr[data-quantum='" + q.path("id").asText() + "']").getText();
      assertThat(verdict).contains(q.path("hasErrors").asBoolean() ? "not compliant" : "compliant");
    }
  }

  @Test
  void every_page_fits_a_phone_screen_without_sideways_scrolling() {
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    try {
      for (String page : new String[] {"#/search?q=customer", "#/quantum/retail-customers", "#/contract/customer",
          "#/health", "#/governance"}) {
        open(page);
        // The page draws in steps after its heading (and the previous page may still be on screen): the width
        // is polled until the page fits, and a page that never does fails when the wait runs out.
        try {
          browser.until("location.hash === " + js(page)
              + " && document.documentElement.scrollWidth <= window.innerWidth");
        } catch (org.openqa.selenium.TimeoutException e) {
          throw new AssertionError(page + " is wider than the phone: " + browser.script(
              "return document.documentElement.scrollWidth") + " px in a " + browser.script(
              "return window.innerWidth") + " px window", e);
        }
      }
    } finally {
      browser.driver().manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    }
  }

  @Test
  void an_error_in_the_console_is_caught_by_the_check() {
    open("#/");
    browser.script("console.error('deliberate error to prove the console check sees errors');");
    assertThat(severe(browser.console())).singleElement()
        .satisfies(e -> assertThat(e.getMessage()).contains("deliberate error"));
  }

  @Test
  void an_unknown_page_says_so_without_an_error() {
    open("#/nowhere");
    assertThat(find("main [role=alert] h1").getText()).isEqualTo("Not found");
    assertThat(find("main [role=alert] a").getDomAttribute("href")).isEqualTo("#/");
  }
}
