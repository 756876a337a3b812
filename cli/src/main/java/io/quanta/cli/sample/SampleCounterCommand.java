package io.quanta.cli.sample;

import io.quanta.cli.QuantaCli;
import io.quanta.cli.Termination;
import io.quanta.sample.DoorCounter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quanta sample counter}: the store door counters that write the store-visits sidecar's table. */
@Command(name = "counter",
    mixinStandardHelpOptions = true,
    description = {"Write a visitor count per store every few seconds into the store-visits quantum's table,",
        "as the shops' door counters would (the program a sidecar quantum wraps). Runs until stopped.",
        "Connects with QUANTA_JDBC_URL and QUANTA_DB_ADMIN_USER / QUANTA_DB_ADMIN_PASSWORD."})
public final class SampleCounterCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--database", paramLabel = "NAME", defaultValue = "store_visits",
      description = "The sidecar quantum's database (default: ${DEFAULT-VALUE}).")
  String database;

  @Option(names = "--every", paramLabel = "SECONDS", defaultValue = "5", description = "Seconds between readings (default: ${DEFAULT-VALUE}).")
  int everySeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String url = System.getenv("QUANTA_JDBC_URL");
    if (url == null || url.isBlank() || everySeconds < 1) {
      err.println("quanta sample counter: set QUANTA_JDBC_URL (and QUANTA_DB_ADMIN_USER / QUANTA_DB_ADMIN_PASSWORD),"
          + " and --every to 1 or more");
      return QuantaCli.USAGE;
    }
    String jdbc = io.quanta.runtime.storage.JdbcUrls.withDatabase(url, database);
    DoorCounter counter = new DoorCounter(jdbc, System.getenv("QUANTA_DB_ADMIN_USER"),
        System.getenv("QUANTA_DB_ADMIN_PASSWORD"), Duration.ofSeconds(everySeconds), line -> {
          err.println("quanta sample counter: " + line);
          err.flush();
        });
    Termination termination = Termination.install();
    Thread writer = new Thread(() -> {
      try {
        counter.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "door-counters");
    writer.start();
    String reason = termination.await();
    err.println("quanta sample counter: " + reason + "; stopping");
    writer.interrupt();
    writer.join(5_000);
    return 0;
  }
}
