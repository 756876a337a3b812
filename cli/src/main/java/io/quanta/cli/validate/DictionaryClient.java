package io.quanta.cli.validate;

import io.quanta.runtime.config.Secret;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Reads from the dictionary for {@code quanta validate}, with its bearer token and a short time limit, so
 * that a dictionary that is down makes the report say so instead of hanging or failing it.
 */
final class DictionaryClient {

  /** What the dictionary answered, or why it could not be asked ({@code status} 0). */
  record Answer(int status, String body, String unreachable) {

    boolean ok() {
      return status == 200;
    }
  }

  private final String baseUrl;
  private final Secret token;
  private final Duration timeout;
  private final HttpClient http;

  DictionaryClient(String baseUrl, Secret token, Duration timeout) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.token = token;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  String baseUrl() {
    return baseUrl;
  }

  Answer get(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
        .header("Accept", "application/json").GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + Secret.reveal(token));
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), null);
    } catch (HttpTimeoutException e) {
      return new Answer(0, null, "no answer within " + timeout.toSeconds() + " s");
    } catch (ConnectException e) {
      return new Answer(0, null, "connection refused");
    } catch (IOException e) {
      return new Answer(0, null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(0, null, "interrupted");
    } catch (IllegalArgumentException e) {
      return new Answer(0, null, "not a usable URL: " + baseUrl + path);
    }
  }
}
