package io.quanta.dictionary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.dictionary.testing.TestDictionary;
import io.quanta.dictionary.testing.TestElasticsearch;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;

/**
 * The UI of a dictionary whose reads need a token ({@code access.openRead: false}), in a real browser: it asks for
 * a token, says so when the dictionary refuses one, keeps an accepted one for the tab and sends it with every
 * call, and forgets it on Sign out.
 */
class SignInIT {

  private static TestDictionary dictionary;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    UiTestSupport.requireChromium();
    dictionary = TestDictionary.start(Files.createTempDirectory("quanta-ui-sign-in"), Map.of(),
        "access:\n  openRead: false\n", TestElasticsearch.url());
    browser = Browser.start(UiTestSupport.WIDTH, UiTestSupport.HEIGHT);
  }

  @AfterAll
  static void stop() {
    UiTestSupport.closeInOrder(browser, dictionary);
  }

  private static void awaitHeading(String heading) {
    browser.until("document.querySelector('main h1')?.textContent === " + UiTestSupport.js(heading));
  }

  private static Object kept() {
    return browser.script("return sessionStorage.getItem('quanta.dictionary.token')");
  }

  private static void signInWith(String token) {
    browser.visible("#token").sendKeys(token);
    browser.visible(".sign-in button[type=submit]").click();
  }

  @Test
  void closed_reads_ask_for_a_token_keep_it_for_the_tab_and_forget_it_on_sign_out() {
    browser.open(dictionary.url() + "/#/");
    awaitHeading("Sign in");
    assertThat(browser.visible("label[for=token]").getText()).isEqualTo("Token");
    assertThat(browser.script("return document.querySelector('[data-session]').hidden")).isEqualTo(true);

    signInWith("not-a-token");

    browser.until("document.querySelector('#sign-in-refused')");
    assertThat(browser.visible("#sign-in-refused").getText()).startsWith("The dictionary refused that token:");
    assertThat(kept()).as("a refused token is not kept").isNull();

    signInWith(TestDictionary.TOKEN);

    awaitHeading("Find data you can trust");
    assertThat(kept()).isEqualTo(TestDictionary.TOKEN);
    assertThat(browser.visible("[data-sign-out]").getText()).isEqualTo("Sign out");
    browser.open(dictionary.url() + "/#/governance");
    awaitHeading("Governance report");

    browser.visible("[data-sign-out]").click();

    awaitHeading("Sign in");
    assertThat(kept()).isNull();
    assertThat(browser.script("return document.querySelector('[data-session]').hidden")).isEqualTo(true);
    List<LogEntry> errors = UiTestSupport.severe(browser.console()).stream()
        .filter(e -> !e.getMessage().contains("401 (Unauthorized)")).toList();
    assertThat(errors).as("errors in the browser console other than the 401 answers asked for").isEmpty();
  }
}
