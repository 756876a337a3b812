package io.quanta.cli.sample;

import io.quanta.cli.QuantaCli;
import io.quanta.sample.SampleData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quanta sample generate}: the sample mesh's seed files, sales orders at any scale. */
@Command(name = "generate",
    mixinStandardHelpOptions = true,
    description = {"Write the sample mesh's seed files: ROWS sales orders (sales-orders/data/orders.csv) and the",
        "retail customers they belong to (retail-customers/data/customers.csv), timestamped up to now.",
        "The same arguments give the same rows on every machine, apart from the timestamps. The quanta load",
        "the new files on their next run (POST /control/runs, their schedule, or their next start)."})
public final class SampleGenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "100000", description = "Sales orders to write (default: ${DEFAULT-VALUE}).")
  long rows;

  @Option(names = "--dir", paramLabel = "DIR", description = "The sample mesh folder (default: sample-quanta/quanta).")
  Path directory;

  @Option(names = "--if-missing", description = "Do nothing when the orders file exists (how 'mesh up' prepares the sample).")
  boolean ifMissing;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (rows < 1) {
      err.println("quanta sample generate: --rows must be at least 1");
      return QuantaCli.USAGE;
    }
    Path mesh = directory != null ? directory : sampleMesh();
    Path orders = mesh.resolve("sales-orders").resolve("data").resolve("orders.csv");
    Path customers = mesh.resolve("retail-customers").resolve("data").resolve("customers.csv");
    try {
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
      if (ifMissing && Files.exists(orders) && Files.exists(customers)) {
        return 0;
      }
      SampleData.customers(customers, SampleData.CUSTOMERS, now);
      err.println("quanta sample generate: wrote " + SampleData.CUSTOMERS + " customers to " + customers);
      err.printf("quanta sample generate: writing %,d sales orders to %s...%n", rows, orders);
      err.flush();
      long start = System.nanoTime();
      SampleData.orders(orders, rows, now, done -> {
        err.printf("quanta sample generate: %,d of %,d rows%n", done, rows);
        err.flush();
      });
      err.printf("quanta sample generate: %,d sales orders (%,d MB) in %.1f s%n", rows, Files.size(orders) >> 20,
          (System.nanoTime() - start) / 1e9);
      return 0;
    } catch (IOException e) {
      err.println("quanta sample generate: cannot write " + orders + ": " + e.getMessage());
      return QuantaCli.USAGE;
    }
  }

  /** The sample mesh of the checkout the launcher runs from. */
  static Path sampleMesh() {
    String root = System.getenv("QUANTA_ROOT");
    return (root == null || root.isBlank() ? Path.of("") : Path.of(root)).toAbsolutePath()
        .resolve("sample-quanta").resolve("quanta");
  }
}
