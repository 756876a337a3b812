package io.quanta.dictionary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;

/**
 * What every browser test of the UI shares: a real mesh ({@link UiMesh}) and one headless Chromium per class,
 * both stopped when the class is done so that no crawl or heartbeat outlives it, and after each test the
 * check that the browser console holds no error (a failed load, an uncaught exception or a rejected promise
 * are all logged as SEVERE).
 */
abstract class UiTestSupport {

  static final int WIDTH = 1280;
  static final int HEIGHT = 900;

  static UiMesh mesh;
  static Browser browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    requireChromium();
    mesh = UiMesh.start(Files.createTempDirectory("quanta-ui-mesh"));
    browser = Browser.start(WIDTH, HEIGHT);
  }

  @AfterAll
  static void stopBrowser() {
    closeInOrder(browser, mesh);
    browser = null;
    mesh = null;
  }

  /** Fails with what to install when Debian's Chromium and its driver are not there. */
  static void requireChromium() {
    if (!Browser.available()) {
      throw new IllegalStateException("the UI tests drive Debian's Chromium: apt-get install -y chromium chromium-driver"
          + " (looked for " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER + ")");
    }
  }

  /** Closes each that was started (nulls skipped), in order, the later ones even when an earlier one fails. */
  static void closeInOrder(AutoCloseable... started) {
    RuntimeException failure = null;
    for (AutoCloseable one : started) {
      try {
        if (one != null) {
          one.close();
        }
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("could not close " + one, e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @AfterEach
  void consoleHoldsNoError() {
    List<LogEntry> errors = severe(browser.console());
    assertThat(errors).as("errors in the browser console").isEmpty();
  }

  static List<LogEntry> severe(List<LogEntry> entries) {
    return entries.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
  }

  /** Opens a page of the UI by its address (the part after #), and waits until it has drawn its heading. */
  static void open(String hash) {
    browser.open(mesh.url() + "/" + hash);
    browser.until("document.querySelector('main h1')");
  }

  /** Waits until the page at this address has drawn a heading with this text. */
  static void awaitPage(String hash, String heading) {
    browser.until("location.hash === " + js(hash));
    browser.until("document.querySelector('main h1')?.textContent === " + js(heading));
  }

  static String js(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  static WebElement find(String css) {
    return browser.visible(css);
  }

  static List<String> texts(String css) {
    return browser.all(css).stream().map(WebElement::getText).toList();
  }

  static List<String> attributes(String css, String attribute) {
    return browser.all(css).stream().map(e -> e.getDomAttribute(attribute)).toList();
  }

  static WebElement within(WebElement parent, String css) {
    return parent.findElement(By.cssSelector(css));
  }
}
