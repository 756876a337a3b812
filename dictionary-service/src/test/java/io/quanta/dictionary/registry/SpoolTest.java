package io.quanta.dictionary.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {

  Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void keeps_announcements_across_restarts_until_a_replay_succeeds(@TempDir Path dir) {
    Spool spool = new Spool(vertx, dir);
    spool.add(entry("a")).await();
    spool.add(entry("b")).await();

    Spool reopened = new Spool(vertx, dir);
    assertThat(reopened.size()).isEqualTo(2);
    List<String> replayed = new ArrayList<>();
    try {
      reopened.drain(entries -> Future.failedFuture(new IllegalStateException("still down"))).await();
    } catch (IllegalStateException expected) {
      // The entries stay.
    }
    reopened.add(entry("c")).await();
    int drained = reopened.drain(entries -> {
      entries.forEach(e -> replayed.add(e.path("url").asText()));
      return Future.succeededFuture();
    }).await();

    assertThat(drained).isEqualTo(2);
    assertThat(replayed).containsExactly("http://a", "http://b");
    assertThat(reopened.size()).isEqualTo(1);
    assertThat(reopened.drain(entries -> Future.succeededFuture()).await()).isEqualTo(1);
    assertThat(reopened.size()).isZero();
  }

  private static ObjectNode entry(String name) {
    return Es.JSON.createObjectNode().put("url", "http://" + name);
  }
}
