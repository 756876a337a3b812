package io.quanta.dictionary.index;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.es.EsStatus;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an alias point at the index of the current mapping version. A missing alias gets a new index; an
 * alias on an older version gets the new index, a copy of every document, an atomic alias move (readers
 * never see a missing index) and a second copy of what was written during the first, then the old index is
 * dropped. Safe to run from several replicas at once: every step tolerates another having done it.
 */
public final class IndexMigrator {

  private static final Logger LOG = LoggerFactory.getLogger(IndexMigrator.class);
  private static final int BATCH = 500;

  private final Es es;

  public IndexMigrator(Es es) {
    this.es = es;
  }

  /** Creates or migrates the index of one definition. */
  public Future<Void> ensure(IndexDefinition definition) {
    return es.call(c -> c.indices().getAlias(r -> r.name(definition.alias()).allowNoIndices(true)
            .ignoreUnavailable(true)))
        .recover(e -> isNotFound(e) ? Future.succeededFuture(null) : Future.failedFuture(e))
        .compose(aliases -> {
          List<String> current = aliases == null ? List.of() : new ArrayList<>(aliases.result().keySet());
          if (current.contains(definition.index())) {
            return Future.succeededFuture();
          }
          String older = newestOlder(definition, current);
          if (current.stream().anyMatch(i -> definition.versionOf(i) > definition.version())) {
            LOG.warn("{} points at a newer mapping than this dictionary writes ({}); leaving it alone", definition.alias(),
                current);
            return Future.succeededFuture();
          }
          if (!current.isEmpty() && older == null) {
            return Future.failedFuture(new IllegalStateException("the alias " + definition.alias()
                + " points at " + current + ", which this dictionary did not create; give another index prefix"));
          }
          return create(definition, older == null).compose(v -> older == null ? Future.succeededFuture()
              : migrate(definition, older));
        });
  }

  private Future<Void> create(IndexDefinition definition, boolean withAlias) {
    ObjectNode body = definition.body().deepCopy();
    if (withAlias) {
      body.putObject("aliases").putObject(definition.alias());
    }
    return es.call(c -> c.indices().create(r -> r.index(definition.index())
            .withJson(new StringReader(body.toString()))))
        .<Void>mapEmpty()
        .recover(e -> alreadyExists(e) ? Future.succeededFuture() : Future.failedFuture(e))
        .onSuccess(v -> LOG.info("index {} ready", definition.index()));
  }

  private Future<Void> migrate(IndexDefinition definition, String older) {
    Instant started = Instant.now().minusSeconds(5);
    LOG.info("migrating {} from {} to {}", definition.alias(), older, definition.index());
    return copy(definition, older, null)
        .compose(n -> es.call(c -> c.indices().updateAliases(r -> r
            .actions(a -> a.remove(x -> x.index(older).alias(definition.alias()).mustExist(false)))
            .actions(a -> a.add(x -> x.index(definition.index()).alias(definition.alias()))))))
        .compose(r -> copy(definition, older, started))
        .compose(n -> es.call(c -> c.indices().delete(r -> r.index(older).ignoreUnavailable(true))))
        .<Void>mapEmpty()
        .onSuccess(v -> LOG.info("{} now reads and writes {}", definition.alias(), definition.index()));
  }

  /** Copies documents (those indexed since {@code since}, or all) from one index to another, in pages. */
  private Future<Long> copy(IndexDefinition definition, String from, Instant since) {
    String to = definition.index();
    return new DocumentScan(es, from, definition.idField(), since == null ? null
        : "{\"range\":{\"indexedAt\":{\"gte\":\"" + since + "\"}}}", BATCH)
        .forEachPage(hits -> {
          if (hits.isEmpty()) {
            return Future.succeededFuture();
          }
          List<BulkOperation> operations = new ArrayList<>();
          hits.forEach(hit -> operations.add(BulkOperation.of(o -> o.index(i -> i.index(to).id(hit.id())
              .document(hit.source())))));
          return es.call(c -> c.bulk(BulkRequest.of(b -> b.operations(operations)))).mapEmpty();
        });
  }

  private static String newestOlder(IndexDefinition definition, List<String> indices) {
    return indices.stream().filter(i -> definition.versionOf(i) >= 0 && definition.versionOf(i) < definition.version())
        .max(java.util.Comparator.comparingInt(definition::versionOf)).orElse(null);
  }

  private static boolean isNotFound(Throwable e) {
    return EsStatus.of(e) == 404;
  }

  private static boolean alreadyExists(Throwable e) {
    return EsStatus.type(e, "resource_already_exists_exception");
  }
}
