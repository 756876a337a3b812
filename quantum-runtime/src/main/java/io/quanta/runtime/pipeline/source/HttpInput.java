package io.quanta.runtime.pipeline.source;

import io.quanta.runtime.config.Secret;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Streams HTTP response bodies for sources: a bearer token when one is configured, a connect timeout, and
 * a stall guard that cuts a body which sends nothing for a while ({@link #STALL} unless the caller says;
 * {@code pipeline.stallSeconds} for sources) — a socket read has no timeout of its own. Refused connections, 5xx, 429 and cuts are transport failures; other statuses are not, and
 * their {@code detail} (an RFC 9457 problem) is kept for the message.
 */
public final class HttpInput {

  /** How long a body may send nothing before it is cut, unless the caller says otherwise. */
  public static final Duration STALL = Duration.ofSeconds(60);
  /** The longest the stall guard waits between two looks at a body. */
  private static final long CHECK_MILLIS = 5_000;
  static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NORMAL).build();
  private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "quanta-source-stall-guard");
    t.setDaemon(true);
    return t;
  });

  private HttpInput() {
  }

  /** A 4xx answer: the request itself is wrong (unknown object, refused token), so retrying will not help. */
  public static final class Refused extends IOException {
    private final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** GETs {@code uri} and returns its body as a stream, cut after {@link #STALL} without a byte. */
  public static InputStream open(URI uri, Secret token, String accept, String what) throws IOException {
    return open(uri, token, accept, what, STALL);
  }

  /**
   * GETs {@code uri} and returns its body as a stream; fails unless the answer is 200. A body that sends
   * nothing for {@code stall} is cut: the read waiting on it fails with a {@link TransportException} that
   * says so.
   */
  public static InputStream open(URI uri, Secret token, String accept, String what, Duration stall)
      throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("Accept", accept)
        .timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token.value());
    }
    HttpResponse<InputStream> response;
    try {
      response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new TransportException(what + " (" + uri + ") cannot be reached: " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(what + ": interrupted", e);
    }
    if (response.statusCode() != 200) {
      String detail = detail(response);
      String message = what + " (" + uri + ") answered " + response.statusCode() + (detail == null ? "" : ": " + detail);
      int status = response.statusCode();
      if (status >= 500 || status == 429 || status == 408) {
        throw new TransportException(message);
      }
      throw new Refused(status, message);
    }
    return guarded(new TransportInput(response.body(), what), stall);
  }

  /** The body, cut when it stalls; closing it stops the guard. */
  private static InputStream guarded(TransportInput body, Duration stall) {
    long limit = stall.toNanos();
    long every = Math.max(100, Math.min(CHECK_MILLIS, stall.toMillis() / 4));
    String reason = "nothing received for " + stall.toSeconds() + " s (pipeline.stallSeconds); the upstream stalled";
    ScheduledFuture<?>[] guard = new ScheduledFuture<?>[1];
    guard[0] = WATCH.scheduleWithFixedDelay(() -> {
      if (System.nanoTime() - body.lastRead() > limit) {
        try {
          body.cut(reason);
        } catch (IOException ignored) {
          // closing is how the blocked read is released; nothing else to do
        }
        guard[0].cancel(false);
      }
    }, every, every, TimeUnit.MILLISECONDS);
    return new java.io.FilterInputStream(body) {
      @Override
      public void close() throws IOException {
        guard[0].cancel(false);
        super.close();
      }
    };
  }

  private static String detail(HttpResponse<InputStream> response) {
    try (InputStream body = response.body()) {
      String text = new String(body.readNBytes(8192), StandardCharsets.UTF_8);
      try {
        String detail = new JsonObject(text).getString("detail");
        if (detail != null) {
          return detail;
        }
      } catch (DecodeException | ClassCastException e) {
        // not a problem document: the start of the text says enough
      }
      text = text.strip();
      return text.isEmpty() ? null : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    } catch (IOException e) {
      return null;
    }
  }

  static String describe(IOException e) {
    String message = e.getMessage();
    if (e instanceof java.net.ConnectException) {
      return "connection refused";
    }
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "timed out";
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
