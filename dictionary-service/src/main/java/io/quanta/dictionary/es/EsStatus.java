package io.quanta.dictionary.es;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.elasticsearch.client.ResponseException;

/**
 * The HTTP status of an Elasticsearch failure, however the client reports it: a typed error, a transport
 * error, or a low-level response (the client uses each for different endpoints and outcomes).
 */
public final class EsStatus {

  private EsStatus() {
  }

  /** The status of the first failure in the chain that has one, or -1. */
  public static int of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ElasticsearchException es) {
        return es.status();
      }
      if (t instanceof TransportException transport && transport.statusCode() > 0) {
        return transport.statusCode();
      }
      if (t instanceof ResponseException response) {
        return response.getResponse().getStatusLine().getStatusCode();
      }
    }
    return -1;
  }

  /** True for a 409 version conflict (another writer got there first). */
  public static boolean conflict(Throwable failure) {
    return of(failure) == 409;
  }

  /** True when the failure names this Elasticsearch error type ({@code resource_already_exists_exception}…). */
  public static boolean type(Throwable failure, String type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ElasticsearchException es && es.error() != null && type.equals(es.error().type())) {
        return true;
      }
      if (t.getMessage() != null && t.getMessage().contains(type)) {
        return true;
      }
    }
    return false;
  }
}
