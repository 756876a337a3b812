package io.quanta.dictionary.es;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

/**
 * The dictionary's connection to Elasticsearch: the async Java API client, with every call bridged to a
 * Vert.x future on the caller's context, and failures that mean "Elasticsearch is not there" turned into
 * {@link IndexUnavailableException} so routes answer 503 and the crawler waits.
 *
 * <pre>{@code
 * Es es = Es.connect(vertx, "http://localhost:9200");
 * es.call(c -> c.count(r -> r.index("quanta-quanta"))).map(CountResponse::count);
 * }</pre>
 */
public final class Es {

  /** The mapper for documents and responses: unknown members are ignored (newer servers add some). */
  public static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Vertx vertx;
  private final RestClient rest;
  private final ElasticsearchAsyncClient client;
  private final String shownUrl;

  private Es(Vertx vertx, RestClient rest, String shownUrl) {
    this.vertx = vertx;
    this.rest = rest;
    this.client = new ElasticsearchAsyncClient(new RestClientTransport(rest, new JacksonJsonpMapper(JSON)));
    this.shownUrl = shownUrl;
  }

  /**
   * A client for the cluster at {@code url}; {@code user:password@} in the URL becomes basic authentication.
   * Connects lazily: a cluster that is down now is found out by the first call.
   */
  public static Es connect(Vertx vertx, String url) {
    URI uri = URI.create(url);
    HttpHost host = new HttpHost(uri.getHost(), uri.getPort() < 0 ? ("https".equals(uri.getScheme()) ? 443 : 9200)
        : uri.getPort(), uri.getScheme());
    var builder = RestClient.builder(host)
        .setRequestConfigCallback(config -> config.setConnectTimeout(2_000).setSocketTimeout(30_000))
        // Enough connections for a search burst and the crawler's bulk writes at once.
        .setHttpClientConfigCallback(http -> http.setMaxConnPerRoute(128).setMaxConnTotal(128));
    if (uri.getPath() != null && !uri.getPath().isBlank() && !uri.getPath().equals("/")) {
      builder.setPathPrefix(uri.getPath());
    }
    if (uri.getRawUserInfo() != null) {
      String credentials = java.net.URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8);
      builder.setDefaultHeaders(new org.apache.http.Header[] {new BasicHeader("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))});
    }
    String shown = url.replaceAll("//[^/@]*@", "//****@");
    return new Es(vertx, builder.build(), shown);
  }

  /** The URL without credentials, for logs and messages. */
  public String shownUrl() {
    return shownUrl;
  }

  /** The typed client, for callers that bridge themselves. */
  public ElasticsearchAsyncClient client() {
    return client;
  }

  /**
   * Runs one client call and completes on the caller's Vert.x context; a failure that means the cluster
   * cannot be reached (connection refused, timeout, 503, red cluster) fails with
   * {@link IndexUnavailableException}.
   */
  public <T> Future<T> call(Function<ElasticsearchAsyncClient, CompletableFuture<T>> call) {
    CompletableFuture<T> stage;
    try {
      stage = call.apply(client);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return Future.fromCompletionStage(stage, vertx.getOrCreateContext()).recover(e -> Future.failedFuture(
        IndexUnavailableException.isUnavailable(e) ? new IndexUnavailableException(e) : unwrap(e)));
  }

  /**
   * Sends a request the typed client cannot word (a setting reset to its default with {@code null}, say) and
   * completes on the caller's context with the response body; fails like {@link #call}.
   */
  public Future<String> perform(String method, String endpoint, String json) {
    io.vertx.core.Promise<String> promise = io.vertx.core.Promise.promise();
    io.vertx.core.Context context = vertx.getOrCreateContext();
    org.elasticsearch.client.Request request = new org.elasticsearch.client.Request(method, endpoint);
    if (json != null) {
      request.setJsonEntity(json);
    }
    rest.performRequestAsync(request, new org.elasticsearch.client.ResponseListener() {
      @Override
      public void onSuccess(org.elasticsearch.client.Response response) {
        String body;
        try {
          body = response.getEntity() == null ? ""
              : org.apache.http.util.EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          context.runOnContext(v -> promise.fail(new IndexUnavailableException(e)));
          return;
        }
        context.runOnContext(v -> promise.complete(body));
      }

      @Override
      public void onFailure(Exception e) {
        context.runOnContext(v -> promise.fail(IndexUnavailableException.isUnavailable(e)
            ? new IndexUnavailableException(e) : e));
      }
    });
    return promise.future();
  }

  /** Closes the connections. */
  public void close() {
    try {
      rest.close();
    } catch (IOException e) {
      // Nothing left to release.
    }
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
