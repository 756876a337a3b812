package io.quanta.dictionary.testing;

import io.quanta.dictionary.es.EmbeddedElasticsearch;
import java.nio.file.Path;

/**
 * One real Elasticsearch for the whole test JVM (started on first use under {@code target/it-elasticsearch},
 * stopped at exit), shared by every test through its own index prefix. Tests about Elasticsearch going away
 * may {@link #stop()} and {@link #restart()} it, on the same port and data.
 */
public final class TestElasticsearch {

  private static final Path HOME = Path.of("target", "it-elasticsearch").toAbsolutePath();
  private static EmbeddedElasticsearch embedded;
  private static int port;

  private TestElasticsearch() {
  }

  /** The base URL, starting Elasticsearch on first call. */
  public static synchronized String url() {
    if (embedded == null) {
      embedded = EmbeddedElasticsearch.start(HOME, port, line -> System.err.println("[it-elasticsearch] " + line));
      port = Integer.parseInt(embedded.url().substring(embedded.url().lastIndexOf(':') + 1));
    }
    return embedded.url();
  }

  /** Stops it (the data stays); the next {@link #url()} or {@link #restart()} starts it again on the same port. */
  public static synchronized void stop() {
    url();
    embedded.stop();
    embedded = null;
  }

  /** Starts it again after {@link #stop()}. */
  public static synchronized String restart() {
    return url();
  }
}
