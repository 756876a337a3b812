package io.quanta.dictionary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The search page in a real browser against the real mesh: search, type-ahead, facets, a shared address. */
class SearchPageIT extends UiTestSupport {

  @Test
  void searching_a_column_name_finds_the_quantum_and_says_whether_it_can_be_trusted() {
    open("#/");
    WebElement box = find("#q");
    box.sendKeys("loyalty_tier", Keys.ENTER);

    browser.until("location.hash === '#/search?q=loyalty_tier'");
    browser.until("document.querySelector('.card[data-id=\"retail-customers\"]')");
    WebElement card = find(".card[data-id='retail-customers']");
    assertThat(within(card, ".card-title a").getText()).isEqualTo("Retail customer");
    assertThat(within(card, ".card-title a").getDomAttribute("href")).isEqualTo("#/quantum/retail-customers");
    assertThat(card.getText()).contains("Domain retail", "Owner grace");
    assertThat(within(card, "[data-badge=health]").getText()).isEqualTo("Healthy");
    assertThat(within(card, "[data-badge=freshness]").getDomAttribute("data-value")).isEqualTo("good");
    assertThat(within(card, "[data-badge=freshness]").getText()).startsWith("Fresh");
    assertThat(within(card, "[data-badge=quality]").getText()).isEqualTo("Quality pass · 4/4");
    assertThat(within(card, "[data-badge=lifecycle]").getText()).isEqualTo("Active");
    assertThat(within(card, ".matched mark").getText()).isEqualTo("loyalty_tier");
    assertThat(find(".result-count").getText()).contains("for “loyalty_tier”");
  }

  @Test
  void the_type_ahead_is_driven_by_the_keyboard_and_opens_a_quantum() {
    open("#/");
    WebElement box = find("#q");
    box.sendKeys("retail-cu");
    browser.until("document.querySelectorAll('#q-suggestions [role=option]').length >= 2");
    assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("true");
    List<String> kinds = attributes("#q-suggestions [role=option]", "data-kind");
    List<String> ids = attributes("#q-suggestions [role=option]", "data-id");
    int quantum = -1;
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i).equals("retail-customers") && kinds.get(i).equals("quantum")) {
        quantum = i;
      }
    }
    assertThat(quantum).as("the quantum among the suggestions %s", ids).isNotNegative();

    box.sendKeys(Keys.ESCAPE);
    assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
    assertThat(box.getDomProperty("value")).isEqualTo("retail-cu");
    box.sendKeys(Keys.BACK_SPACE);
    browser.until("document.querySelectorAll('#q-suggestions [role=option]').length >= 2");
    for (int i = 0; i <= quantum; i++) {
      box.sendKeys(Keys.ARROW_DOWN);
    }
    assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo("q-suggestions-" + quantum);
    assertThat(find("#q-suggestions-" + quantum).getDomAttribute("aria-selected")).isEqualTo("true");
    box.sendKeys(Keys.ENTER);

    awaitPage("#/quantum/retail-customers", "Retail customer");
  }

  @Test
  void a_facet_narrows_the_results_and_the_address_shares_the_search() {
    open("#/search?q=customer");
    browser.until("document.querySelectorAll('.card').length >= 3");
    WebElement loyalty = find("input[data-facet-key='domain=loyalty']");
    String count = within(find("label[for='" + loyalty.getDomAttribute("id") + "']"), ".facet-count").getText();
    assertThat(count).startsWith("2");

    loyalty.click();

    browser.until("location.hash === '#/search?q=customer&domain=loyalty'");
    browser.until("[...document.querySelectorAll('.card')].every(c => c.textContent.includes('Domain loyalty'))");
    assertThat(attributes(".card", "data-id")).containsExactlyInAnyOrder("loyalty", "loyalty-member");
    assertThat(find("input[data-facet-key='domain=loyalty']").isSelected()).isTrue();

    // The address is the search: loading it afresh gives the same page.
    browser.driver().navigate().refresh();
    browser.until("document.querySelectorAll('.card').length === 2");
    assertThat(find("#q").getDomProperty("value")).isEqualTo("customer");
    assertThat(find("input[data-facet-key='domain=loyalty']").isSelected()).isTrue();
    assertThat(attributes(".card", "data-id")).containsExactlyInAnyOrder("loyalty", "loyalty-member");
  }

  @Test
  void results_are_paged_and_each_page_has_its_own_address() {
    // Seven hits in the mesh (three quanta, four contracts), three to a page.
    open("#/search?size=3");
    browser.until("document.querySelectorAll('.card').length === 3");
    assertThat(find(".result-count").getText()).isEqualTo("7 results, page 1 of 3");
    List<String> first = attributes(".card", "data-id");
    assertThat(find(".pager [aria-current=page]").getText()).isEqualTo("1");

    find(".pager a[rel=next]").click();

    browser.until("location.hash === '#/search?size=3&page=2'");
    browser.until("document.querySelector('.pager [aria-current=page]')?.textContent === '2'");
    assertThat(find(".result-count").getText()).isEqualTo("7 results, page 2 of 3");
    assertThat(attributes(".card", "data-id")).hasSize(3).doesNotContainAnyElementsOf(first);
    find(".pager a[aria-label='Page 3']").click();
    browser.until("document.querySelector('.pager [aria-current=page]')?.textContent === '3'");
    assertThat(browser.all(".card")).hasSize(1);
    assertThat(browser.all(".pager a[rel=next]")).isEmpty();
  }

  @Test
  void keyboard_focus_is_visible() {
    open("#/");
    WebElement box = find("#q");
    assertThat(browser.script("return document.activeElement.id")).isEqualTo("q");
    box.sendKeys(Keys.TAB);
    assertThat(browser.script("return document.activeElement.textContent")).isEqualTo("Search");
    assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
  }
}
