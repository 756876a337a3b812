package io.quanta.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Writes the sample mesh's seed files: the same rows for the same arguments on every machine (fixed
 * seeds), streamed to disk line by line so a billion orders need no more memory than ten, and moved
 * into place only when complete. Timestamps run up to {@code until} (the time of generation, in UTC),
 * so freshness against the contracts' SLAs starts out true and ages as real data would.
 */
public final class SampleData {

  /** Retail customers in the committed seed file; orders refer to these ids. */
  public static final int CUSTOMERS = 2_000;
  /** Sales orders the sample mesh holds unless told otherwise. */
  public static final long DEFAULT_ORDERS = 100_000;

  private static final String[] COUNTRIES = {"FR", "DE", "US", "JP"};
  private static final String[] CURRENCIES = {"EUR", "EUR", "USD", "JPY"};
  private static final String[] TIERS = {"bronze", "bronze", "bronze", "silver", "silver", "gold"};
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private SampleData() {
  }

  /** The id of the n-th customer (1-based), as both seed files spell it. */
  public static String customerId(long n) {
    return String.format("C%06d", n);
  }

  /**
   * Writes {@code count} retail customers as CSV with a header line, created over the year before
   * {@code until}, the last one at {@code until}.
   */
  public static void customers(Path file, int count, LocalDateTime until) throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    LocalDateTime start = until.minusDays(365);
    write(file, "customer_id,email,country,created_at,loyalty_tier,first_purchase_at", count, out -> n -> {
      LocalDateTime created = n == count ? until : start.plusMinutes(random.nextLong(60L * 24 * 365));
      LocalDateTime firstPurchase = created.plusDays(random.nextInt(30));
      line(out, customerId(n) + ",customer" + n + "@example.com," + COUNTRIES[(int) (n % COUNTRIES.length)] + ","
          + TIME.format(created) + "," + TIERS[random.nextInt(TIERS.length)] + ","
          + TIME.format(firstPurchase.isAfter(until) ? until : firstPurchase));
    }, n -> { });
  }

  /**
   * Writes {@code rows} sales orders of the first {@link #CUSTOMERS} customers as CSV with a header line,
   * placed over the {@code rows × 5} minutes before {@code until};
   * about 2 % come through the legacy 'phone' channel and a fifth carry a coupon. {@code progress}
   * hears the rows written so far, every million.
   */
  public static void orders(Path file, long rows, LocalDateTime until, LongConsumer progress) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    // One order every 5 minutes on average, the last one at `until`.
    LocalDateTime start = until.minusSeconds(rows * 300);
    write(file, "order_id,customer_id,ordered_at,country,channel,amount,currency,coupon_code", rows, out -> n -> {
      int customer = 1 + random.nextInt(CUSTOMERS);
      int country = customer % COUNTRIES.length;
      int pick = random.nextInt(100);
      String channel = pick < 2 ? "phone" : pick < 55 ? "web" : pick < 85 ? "store" : "app";
      long cents = 500 + random.nextLong(50_000);
      String coupon = random.nextInt(5) == 0 ? "SPRING" + (10 + random.nextInt(20)) : "";
      line(out, n + "," + customerId(customer) + "," + TIME.format(start.plusSeconds(n * 300 - (n == rows ? 0 : random.nextInt(300))))
          + "," + COUNTRIES[country] + "," + channel + "," + cents / 100 + "." + String.format("%02d", cents % 100)
          + "," + CURRENCIES[country] + "," + coupon);
    }, progress);
  }

  private interface Rows {
    LongConsumer writer(BufferedWriter out);
  }

  private static void write(Path file, String header, long rows, Rows rowsOf, LongConsumer progress)
      throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = parent.resolve(file.getFileName() + ".partial");
    try (BufferedWriter out = Files.newBufferedWriter(partial)) {
      out.write(header);
      out.write('\n');
      LongConsumer row = rowsOf.writer(out);
      for (long n = 1; n <= rows; n++) {
        row.accept(n);
        if (n % 1_000_000 == 0) {
          progress.accept(n);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void line(BufferedWriter out, String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
