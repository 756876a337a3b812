package io.quanta.cli;

import io.quanta.dictionary.DictionaryMain;
import io.quanta.dictionary.config.DictionaryConfig;
import io.quanta.dictionary.config.DictionaryConfigLoader;
import io.quanta.dictionary.config.DictionaryConfigLoader.Overrides;
import io.quanta.dictionary.es.EmbeddedElasticsearch;
import io.quanta.runtime.QuantumVertx;
import io.quanta.runtime.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quanta dictionary}: runs the dictionary in the foreground until Ctrl-C or SIGTERM. Without an
 * Elasticsearch URL it starts an embedded Elasticsearch 8.19 first (data under {@code --data}), and stops it
 * last.
 */
@Command(name = "dictionary",
    mixinStandardHelpOptions = true,
    description = {"Run the dictionary: the registry of quanta, the crawler and the search, inheritance, lineage and"
        + " governance API.",
        "Without --es-url (or QUANTA_ES_URL) it starts an embedded Elasticsearch whose data stays under --data.",
        "Ctrl-C or SIGTERM stops crawling, lets requests in flight finish, then stops Elasticsearch."})
final class DictionaryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080, or QUANTA_DICTIONARY_PORT; 0 = any free port).")
  Integer port;

  @Option(names = "--es-url", paramLabel = "URL", description = "Elasticsearch to use (or QUANTA_ES_URL); none starts an embedded one.")
  String esUrl;

  @Option(names = "--data", paramLabel = "DIR", description = "Where the embedded Elasticsearch and the spool keep their data (default .quanta/dictionary).")
  Path data;

  @Option(names = "--config", paramLabel = "FILE", description = "A YAML settings file (docs/dictionary.md lists the keys).")
  Path config;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    DictionaryConfig settings;
    try {
      settings = new DictionaryConfigLoader(System::getenv).load(new Overrides(config, port, esUrl, data));
    } catch (ConfigException e) {
      err.println("quanta dictionary: " + e.getMessage());
      return QuantaCli.USAGE;
    }
    Termination termination = Termination.install();
    if (!settings.access().anyCredentials()) {
      err.println("quanta dictionary: no tokens and no JWT settings (QUANTA_TOKENS, access.tokensFile, access.jwt):"
          + " announcements and publishing will answer 401");
    }
    EmbeddedElasticsearch embedded = null;
    String url = settings.elasticsearch().url();
    if (url == null) {
      try {
        embedded = EmbeddedElasticsearch.start(settings.dataDir(), settings.elasticsearch().embeddedPort(),
            line -> {
              err.println("quanta dictionary: " + line);
              err.flush();
            });
      } catch (RuntimeException e) {
        err.println("quanta dictionary: " + e.getMessage());
        return QuantaCli.USAGE;
      }
      url = embedded.url();
    }
    QuantumVertx vertx = QuantumVertx.create();
    DictionaryMain.Running running;
    try {
      running = DictionaryMain.start(vertx, settings, url).await();
    } catch (ConfigException e) {
      err.println("quanta dictionary: " + e.getMessage());
      vertx.close().await();
      if (embedded != null) {
        embedded.stop();
      }
      return QuantaCli.USAGE;
    }
    Runnable stop = stopper(vertx, running, embedded);
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "quanta-dictionary-shutdown"));
    spec.commandLine().getOut().println("dictionary ready at " + running.url() + " (Elasticsearch at "
        + url.replaceAll("//[^/@]*@", "//****@") + (embedded != null ? ", embedded, data in " + settings.dataDir() : "")
        + "); the API is listed at " + running.url() + "/api");
    spec.commandLine().getOut().flush();
    String signal = termination.await();
    err.println("quanta dictionary: " + signal + " received");
    stop.run();
    return 0;
  }

  /** Stops once, whoever asks first (the signal or a shutdown hook): dictionary, Vert.x, then Elasticsearch. */
  private Runnable stopper(QuantumVertx vertx, DictionaryMain.Running running, EmbeddedElasticsearch embedded) {
    AtomicBoolean started = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    return () -> {
      if (!started.compareAndSet(false, true)) {
        try {
          done.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      PrintWriter err = spec.commandLine().getErr();
      err.println("quanta dictionary: stopping (requests in flight finish first)...");
      err.flush();
      try {
        running.close().await();
        vertx.close().await();
      } finally {
        if (embedded != null) {
          err.println("quanta dictionary: stopping Elasticsearch...");
          err.flush();
          embedded.stop();
        }
        done.countDown();
      }
      err.println("quanta dictionary: stopped");
      err.flush();
    };
  }
}
