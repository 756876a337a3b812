package io.quanta.dictionary.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.testing.TestElasticsearch;
import io.vertx.core.Vertx;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mapping version bump builds the new index, copies every document and moves the alias; readers never miss. */
class IndexMigrationIT {

  Vertx vertx;
  Es es;
  String alias;

  @BeforeEach
  void connect() {
    vertx = Vertx.vertx();
    es = Es.connect(vertx, TestElasticsearch.url());
    alias = "it-migration-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void close() {
    TestElasticsearch.dropIndices(alias + "-*");
    es.close();
    vertx.close().await();
  }

  @Test
  void a_new_mapping_version_reindexes_and_moves_the_alias() {
    IndexDefinition v1 = definition(1, "{\"id\":{\"type\":\"keyword\"},\"indexedAt\":{\"type\":\"date\"}}");
    new IndexMigrator(es).ensure(v1).await();
    for (int i = 0; i < 1_200; i++) {
      ObjectNode doc = Es.JSON.createObjectNode().put("id", "doc-" + i).put("indexedAt", "2024-01-01T00:00:00Z");
      es.call(c -> c.index(r -> r.index(alias).id(doc.path("id").asText()).document(doc))).await();
    }
    es.call(c -> c.indices().refresh(r -> r.index(alias))).await();

    IndexDefinition v2 = definition(2, "{\"id\":{\"type\":\"keyword\"},\"indexedAt\":{\"type\":\"date\"},"
        + "\"added\":{\"type\":\"keyword\"}}");
    new IndexMigrator(es).ensure(v2).await();

    var aliases = es.call(c -> c.indices().getAlias(r -> r.name(alias))).await();
    assertThat(aliases.result().keySet()).containsExactly(alias + "-v2");
    assertThat(es.call(c -> c.indices().exists(r -> r.index(alias + "-v1"))).await().value()).isFalse();
    es.call(c -> c.indices().refresh(r -> r.index(alias))).await();
    assertThat(es.call(c -> c.count(r -> r.index(alias))).await().count()).isEqualTo(1_200);
    ObjectNode withNewField = Es.JSON.createObjectNode().put("id", "new").put("added", "yes");
    es.call(c -> c.index(r -> r.index(alias).id("new").document(withNewField).refresh(Refresh.True))).await();
    assertThat(es.call(c -> c.count(r -> r.index(alias).q("added:yes"))).await().count()).isEqualTo(1);
  }

  @Test
  void ensuring_the_current_version_again_changes_nothing_and_an_older_code_leaves_a_newer_index_alone() {
    IndexDefinition v2 = definition(2, "{\"id\":{\"type\":\"keyword\"}}");
    new IndexMigrator(es).ensure(v2).await();
    new IndexMigrator(es).ensure(v2).await();
    new IndexMigrator(es).ensure(definition(1, "{\"id\":{\"type\":\"keyword\"}}")).await();

    var aliases = es.call(c -> c.indices().getAlias(r -> r.name(alias))).await();
    assertThat(aliases.result().keySet()).containsExactly(alias + "-v2");
  }

  private IndexDefinition definition(int version, String properties) {
    try {
      ObjectNode body = (ObjectNode) Es.JSON.readTree("{\"settings\":{\"index\":{\"number_of_shards\":1,"
          + "\"number_of_replicas\":0}},\"mappings\":{\"dynamic\":\"strict\",\"properties\":" + properties + "}}");
      return new IndexDefinition(alias, version, "id", body);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

}
