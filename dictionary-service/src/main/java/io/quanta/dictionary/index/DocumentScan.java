package io.quanta.dictionary.index;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import io.vertx.core.Future;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;

/**
 * Reads every document of an index (or those matching a query) page by page with {@code search_after} on
 * a unique keyword field (the document's id), so memory holds one page whatever the index size. Pages are handed over one at a time;
 * the next is read once the handler's future completes.
 */
public final class DocumentScan {

  private final Es es;
  private final String index;
  private final String idField;
  private final String query;
  private final int pageSize;
  private final List<String> sourceFields;

  /** {@code query} is a query clause as JSON, or null for every document. */
  public DocumentScan(Es es, String index, String idField, String query, int pageSize) {
    this(es, index, idField, query, pageSize, null);
  }

  /** As above, reading only {@code sourceFields} of each document. */
  public DocumentScan(Es es, String index, String idField, String query, int pageSize, List<String> sourceFields) {
    this.es = es;
    this.index = index;
    this.idField = idField;
    this.query = query;
    this.pageSize = pageSize;
    this.sourceFields = sourceFields;
  }

  /** Hands every page (possibly an empty last one) to {@code handler}; the count of documents read. */
  public Future<Long> forEachPage(Function<List<Hit<ObjectNode>>, Future<?>> handler) {
    return page(null, 0, handler);
  }

  private Future<Long> page(String after, long seen, Function<List<Hit<ObjectNode>>, Future<?>> handler) {
    return es.call(c -> c.search(r -> {
      r.index(index).size(pageSize).trackTotalHits(t -> t.enabled(false))
          .sort(s -> s.field(f -> f.field(idField).order(SortOrder.Asc)));
      if (query != null) {
        r.query(q -> q.withJson(new StringReader(query)));
      }
      if (sourceFields != null) {
        r.source(s -> s.filter(f -> f.includes(sourceFields)));
      }
      if (after != null) {
        r.searchAfter(FieldValue.of(after));
      }
      return r;
    }, ObjectNode.class)).compose((SearchResponse<ObjectNode> response) -> {
      List<Hit<ObjectNode>> hits = response.hits().hits();
      return handler.apply(hits).compose(v -> hits.size() < pageSize ? Future.succeededFuture(seen + hits.size())
          : page(hits.get(hits.size() - 1).sort().get(0).stringValue(), seen + hits.size(), handler));
    });
  }
}
