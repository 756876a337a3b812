package io.quanta.dictionary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.testing.TestQuantum;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The quantum page in a real browser: fields with their origin, quality and freshness, the lineage graph and
 * its clickable nodes, the inheritance chain, the pandas snippet and the contract downloads.
 */
class QuantumPageIT extends UiTestSupport {

  @Test
  void the_quantum_page_shows_fields_with_their_origin_quality_and_freshness() {
    open("#/quantum/retail-customers");
    awaitPage("#/quantum/retail-customers", "Retail customer");

    assertThat(find(".page-header").getText()).contains("grace", "retail", "#customer-data (slack)",
        mesh.retail.running().url());
    assertThat(find(".page-header [data-badge=freshness]").getDomAttribute("data-value")).isEqualTo("good");
    assertThat(find(".page-header [data-badge=quality]").getText()).isEqualTo("Quality pass · 4/4");
    WebElement id = find("tr[data-field='customer.customer_id']");
    assertThat(id.getText()).contains("string", "PK", "internal", "The enterprise-wide customer identifier.");
    assertThat(within(id, "[data-origin]").getText()).isEqualTo("customer@1.0.0");
    assertThat(within(id, "[data-origin]").getDomAttribute("href")).isEqualTo("#/contract/customer");
    assertThat(within(find("tr[data-field='customer.loyalty_tier']"), "[data-origin]").getText()).isEqualTo("this contract");
    assertThat(within(find("tr[data-field='customer.email']"), "[data-overrides]").getText()).isEqualTo("customer@1.0.0");
    assertThat(attributes("#quality tr[data-rule]", "data-rule"))
        .containsExactlyInAnyOrder("email_not_null", "customer_rows", "customer_id_unique", "loyalty_tier_valid");
    assertThat(texts("#quality tr[data-rule] [data-badge=outcome]")).containsOnly("pass");
    assertThat(find("#trust").getText()).contains("at most 4 h", "first_purchase_at", "1,200");
  }

  @Test
  void the_lineage_graph_draws_upstream_and_downstream_and_its_nodes_open_their_quanta() {
    open("#/quantum/retail-customers");
    browser.until("document.querySelector('#lineage-graph')?.dataset.ready === 'true'");

    @SuppressWarnings("unchecked")
    Map<String, Object> levels = (Map<String, Object>) browser.script(
        "return Object.fromEntries(window.quanta.lineage.nodes().map(n => [n.id(), n.data('level')]));");
    assertThat(levels).containsOnly(Map.entry("retail-customers", 0L), Map.entry("crm", -1L),
        Map.entry(UiMesh.LEGACY, -2L), Map.entry("loyalty", 1L));
    assertThat(browser.script("return window.quanta.lineage.edges().map(e => e.source().id() + ' -> ' + e.target().id())"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactlyInAnyOrder(UiMesh.LEGACY + " -> crm", "crm -> retail-customers", "retail-customers -> loyalty");
    assertThat(browser.script("return window.quanta.lineage.getElementById('crm').data('label')"))
        .isEqualTo("CRM contacts\ncrm");
    // The canvas really shows the nodes: each one's drawn box lies inside the visible graph.
    assertThat(browser.script("const cy = window.quanta.lineage; return cy.nodes().every(n => {"
        + " const b = n.renderedBoundingBox(); return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height(); })"))
        .isEqualTo(true);
    assertThat(attributes(".lineage-up a", "href")).containsExactly("#/quantum/crm");
    assertThat(attributes(".lineage-down a", "href")).containsExactly("#/quantum/loyalty");

    clickNode("loyalty");

    awaitPage("#/quantum/loyalty", "Loyalty members");
  }

  @Test
  void the_lineage_depth_can_be_chosen_and_the_graph_and_lists_follow() {
    open("#/quantum/retail-customers");
    browser.until("document.querySelector('#lineage-graph')?.dataset.ready === 'true'");
    Select depth = new Select(find("#lineage-depth"));
    assertThat(depth.getFirstSelectedOption().getText()).isEqualTo("3 steps");
    assertThat(find("label[for=lineage-depth]").getText()).isEqualTo("Show each way:");

    depth.selectByValue("1");

    browser.until("window.quanta.lineage.nodes().length === 3 && !document.querySelector('#lineage-body[aria-busy]')");
    assertThat(browser.script("return window.quanta.lineage.nodes().map(n => n.id()).sort()"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly("crm", "loyalty", "retail-customers");
    assertThat(texts(".lineage-up li")).hasSize(1).allMatch(t -> t.startsWith("CRM contacts (crm)"));

    depth.selectByValue("3");

    browser.until("window.quanta.lineage.nodes().length === 4");
    assertThat(browser.script("return window.quanta.lineage.getElementById('" + UiMesh.LEGACY + "').data('level')"))
        .isEqualTo(-2L);
    assertThat(texts(".lineage-up li")).hasSize(2);
  }

  @Test
  void the_inheritance_chain_links_open_ancestors_and_descendants() {
    open("#/quantum/loyalty");
    awaitPage("#/quantum/loyalty", "Loyalty members");
    assertThat(texts("#inheritance .chain li")).containsExactly("customer@1.0.0 Customer · enterprise",
        "retail-customer@1.0.0 Retail customer · retail", "loyalty-member@1.0.0 (this contract)");

    find("#inheritance .chain a[data-contract='customer@1.0.0']").click();

    awaitPage("#/contract/customer", "Customer");
    assertThat(find(".eyebrow").getDomProperty("textContent")).isEqualTo("Base contract · served by no quantum");
    assertThat(attributes("#inheritance .descendants a", "data-contract"))
        .containsExactlyInAnyOrder("retail-customer@1.0.0", "loyalty-member@1.0.0");
    find("#inheritance .descendants a[data-contract='retail-customer@1.0.0']").click();

    awaitPage("#/contract/retail-customer", "Retail customer");
    assertThat(find(".page-header").getDomProperty("textContent")).contains("Served by");
    find(".page-header a[href='#/quantum/retail-customers']").click();
    awaitPage("#/quantum/retail-customers", "Retail customer");
  }

  @Test
  void the_pandas_snippet_reads_the_output_port_the_quantum_serves() throws Exception {
    open("#/quantum/retail-customers");
    String snippet = find("#pandas-snippet").getText();
    String url = mesh.retail.url("/data/customer?format=csv");
    assertThat(snippet).contains("import pandas as pd", "pd.read_csv(", "\"" + url + "\"",
        "storage_options={\"Authorization\": f\"Bearer {token}\"}", "parse_dates=[\"created_at\", \"first_purchase_at\"]");

    HttpResponse<String> csv = mesh.retail.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + TestQuantum.OWNER_TOKEN).build());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(1 + 1200);
    assertThat(lines.get(0)).contains("customer_id", "loyalty_tier");

    find("button.copy").click();
    browser.until("document.querySelector('.copy-note').textContent !== ''");
    assertThat(find(".copy-note").getText()).isIn("Copied to the clipboard.", "Selected: press Ctrl+C (⌘C) to copy.");
  }

  @Test
  void the_contract_downloads_as_yaml_from_the_quantum() {
    open("#/quantum/retail-customers");
    String own = find("#contract-yaml").getDomAttribute("href");
    String effective = find("#effective-yaml").getDomAttribute("href");
    assertThat(own).isEqualTo(mesh.retail.url("/discovery/contract?format=yaml"));
    assertThat(effective).isEqualTo(mesh.retail.url("/discovery/contract?effective=true&format=yaml"));

    HttpResponse<String> yaml = mesh.retail.get(own.substring(mesh.retail.url("").length()));
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
    assertThat(yaml.body()).contains("id: retail-customer", "value: customer@1");
    assertThat(mesh.retail.get(effective.substring(mesh.retail.url("").length())).body()).contains("customer_id");
  }

  /** Clicks a node where the canvas draws it, as a person would. */
  private static void clickNode(String id) {
    WebElement graph = find("#lineage-graph");
    browser.script("arguments[0].scrollIntoView({block: 'center'});", graph);
    @SuppressWarnings("unchecked")
    Map<String, Number> at = (Map<String, Number>) browser.script(
        "return window.quanta.lineage.getElementById(arguments[0]).renderedPosition();", id);
    int x = (int) Math.round(at.get("x").doubleValue() - graph.getRect().getWidth() / 2.0);
    int y = (int) Math.round(at.get("y").doubleValue() - graph.getRect().getHeight() / 2.0);
    new Actions(browser.driver()).moveToElement(graph, x, y).click().perform();
  }
}
