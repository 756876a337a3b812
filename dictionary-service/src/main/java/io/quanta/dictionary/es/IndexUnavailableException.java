package io.quanta.dictionary.es;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * Elasticsearch cannot be reached or cannot serve right now: connection refused or reset, a timeout, 503,
 * 429, a cluster block or a missing index. Routes answer 503 with Retry-After; writers keep what they have.
 */
public final class IndexUnavailableException extends RuntimeException {

  public IndexUnavailableException(Throwable cause) {
    super("Elasticsearch is unavailable: " + describe(cause), cause, false, false);
  }

  public IndexUnavailableException(String message) {
    super(message, null, false, false);
  }

  /** True when the failure says the cluster is unreachable or unable to serve, rather than a wrong request. */
  public static boolean isUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IndexUnavailableException || t instanceof ConnectException || t instanceof TimeoutException
          || t instanceof java.net.SocketTimeoutException || t instanceof java.nio.channels.ClosedChannelException) {
        return true;
      }
      if (t instanceof ElasticsearchException es) {
        String type = es.error() == null ? "" : String.valueOf(es.error().type());
        return es.status() == 503 || es.status() == 429 || es.status() == 502 || es.status() == 504
            || type.contains("cluster_block") || type.equals("index_not_found_exception")
            || type.equals("no_shard_available_action_exception") || type.contains("unavailable_shards");
      }
      if (t instanceof TransportException transport) {
        int status = transport.statusCode();
        return status <= 0 || status == 503 || status == 429 || status == 502 || status == 504;
      }
      if (t instanceof org.elasticsearch.client.ResponseException response) {
        // An answer with a status: only an overloaded or unreachable cluster is "unavailable"; a 409 or 400 is not.
        int status = response.getResponse().getStatusLine().getStatusCode();
        return status == 503 || status == 429 || status == 502 || status == 504;
      }
      if (t instanceof IOException && !(t instanceof com.fasterxml.jackson.core.JsonProcessingException)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.replaceAll("//[^/@\\s]*@", "//****@"));
  }
}
