package io.quanta.dictionary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * A picture of every page, at a laptop's and a phone's width, into {@code target/screenshots}; with
 * {@code -Dui.screenshots=DIR} also into DIR, which is how docs/screenshots is refreshed:
 * {@code ./mvnw -B -o verify -pl dictionary-service -am -Dit.test=UiScreenshotsIT -Dtest=NoUnitTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dui.screenshots=$PWD/docs/screenshots}.
 */
class UiScreenshotsIT extends UiTestSupport {

  private static final Path TARGET = Path.of("target", "screenshots");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  @Test
  void every_page_is_drawn_at_laptop_and_phone_width() throws IOException {
    shoot("#/search?q=customer", "Find data you can trust", "search");
    open("#/");
    find("#q").sendKeys("retail");
    browser.until("document.querySelectorAll('#q-suggestions [role=option]').length > 0");
    keep(browser.screenshotOfWindow(TARGET, "search-typeahead"));
    shoot("#/quantum/retail-customers", "Retail customer", "quantum");
    shoot("#/contract/customer", "Customer", "contract");
    shoot("#/health", "Mesh health", "mesh-health");
    shoot("#/governance", "Governance report", "governance");

    browser.driver().manage().window().setSize(new Dimension(390, 844));
    try {
      shoot("#/search?q=customer", "Find data you can trust", "phone-search");
      shoot("#/quantum/retail-customers", "Retail customer", "phone-quantum");
    } finally {
      browser.driver().manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    }
  }

  private static void shoot(String hash, String heading, String name) throws IOException {
    open(hash);
    awaitPage(hash, heading);
    if (hash.startsWith("#/quantum/")) {
      browser.until("document.querySelector('#lineage-graph')?.dataset.ready === 'true'");
    }
    if (hash.startsWith("#/search")) {
      browser.until("document.querySelectorAll('.card').length > 0");
    }
    keep(browser.screenshot(TARGET, name));
  }

  private static void keep(Path shot) throws IOException {
    byte[] head = new byte[4];
    try (var in = Files.newInputStream(shot)) {
      assertThat(in.read(head)).isEqualTo(4);
    }
    assertThat(head).isEqualTo(PNG);
    String docs = System.getProperty("ui.screenshots");
    if (docs != null && !docs.isBlank()) {
      Path dir = Files.createDirectories(Path.of(docs));
      Files.copy(shot, dir.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
