package io.quanta.dictionary.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, for the UI's integration tests: no browser
 * is downloaded, nothing outside loopback is contacted, and the console is recorded so a test can assert
 * that a page logged no error.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("ui.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("ui.chromedriver", "/usr/bin/chromedriver"));

  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Starts a fresh headless browser with an empty profile, at the given window size. */
  static Browser start(int width, int height) {
    Path profile;
    try {
      profile = Files.createTempDirectory("quanta-ui-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The flags that keep Chromium quiet on a machine without outside network (ENVIRONMENT.md).
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().withSilent(true).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    return new Browser(driver, profile);
  }

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  ChromeDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  /** Waits until an element is visible and returns it. */
  WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until a condition, written as a JavaScript expression, holds in the page. */
  void until(String javascript) {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!(" + javascript + ");")));
  }

  Object script(String javascript, Object... args) {
    return driver.executeScript(javascript, args);
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The console entries since the last call (the driver hands each entry out once). */
  List<LogEntry> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** Saves a PNG of the whole page, not just the window, so a screenshot shows every section. */
  Path screenshot(Path dir, String name) {
    Dimension window = driver.manage().window().getSize();
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(6000, height.intValue() + 120)));
    try {
      Files.createDirectories(dir);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Path target = dir.resolve(name + ".png");
      Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  /** Saves a PNG of what the window shows, for states that a taller window would change (an open list). */
  Path screenshotOfWindow(Path dir, String name) {
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A leftover temporary profile is harmless.
      }
    }
  }
}
