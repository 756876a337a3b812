package io.quanta.dictionary.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Announcements accepted while Elasticsearch is down, one JSON line each in
 * {@code <data>/spool/announcements.ndjson}, written and flushed to disk before the 202 is sent, so that
 * none is lost even if the dictionary stops before Elasticsearch comes back. Draining renames the file first,
 * so new announcements go to a fresh one while the old are replayed; a replay that fails leaves the file for
 * the next attempt.
 */
public final class Spool {

  /** Announcements kept at most; beyond, the dictionary answers 503 (a quantum retries by itself). */
  static final int MAX_ENTRIES = 100_000;

  private final Vertx vertx;
  private final Path file;
  private final Path draining;
  private final Object lock = new Object();
  private volatile int size;

  public Spool(Vertx vertx, Path directory) {
    this.vertx = vertx;
    this.file = directory.resolve("announcements.ndjson");
    this.draining = directory.resolve("announcements.draining.ndjson");
    try {
      Files.createDirectories(directory);
      size = count(file) + count(draining);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the spool folder " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Announcements waiting. */
  public int size() {
    return size;
  }

  /** True when no more announcements can be kept. */
  public boolean full() {
    return size >= MAX_ENTRIES;
  }

  /** Appends one announcement and forces it to disk. */
  public Future<Void> add(ObjectNode announcement) {
    byte[] line = (announcement.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    return vertx.executeBlocking(() -> {
      synchronized (lock) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND)) {
          channel.write(ByteBuffer.wrap(line));
          channel.force(false);
        }
        size++;
      }
      return null;
    });
  }

  /**
   * Hands every kept announcement to {@code replay} (oldest first) and forgets them once it succeeds; on
   * failure they stay for the next call.
   */
  public Future<Integer> drain(Function<List<ObjectNode>, Future<Void>> replay) {
    return vertx.executeBlocking(this::takeAll).compose(entries -> entries.isEmpty() ? Future.succeededFuture(0)
        : replay.apply(entries).compose(v -> vertx.executeBlocking(() -> {
          synchronized (lock) {
            Files.deleteIfExists(draining);
            size = count(file);
          }
          return entries.size();
        })));
  }

  private List<ObjectNode> takeAll() throws IOException {
    synchronized (lock) {
      if (!Files.exists(draining) && Files.exists(file)) {
        Files.move(file, draining, StandardCopyOption.ATOMIC_MOVE);
      }
      List<ObjectNode> out = new ArrayList<>();
      if (Files.exists(draining)) {
        for (String line : Files.readAllLines(draining, StandardCharsets.UTF_8)) {
          try {
            if (!line.isBlank() && Es.JSON.readTree(line) instanceof ObjectNode entry) {
              out.add(entry);
            }
          } catch (IOException e) {
            // A line cut by a crash mid-write: the quantum announces itself again at its next heartbeat.
          }
        }
      }
      return out;
    }
  }

  private static int count(Path path) throws IOException {
    if (!Files.exists(path)) {
      return 0;
    }
    try (var lines = Files.lines(path, StandardCharsets.UTF_8)) {
      return (int) lines.filter(l -> !l.isBlank()).count();
    }
  }
}
