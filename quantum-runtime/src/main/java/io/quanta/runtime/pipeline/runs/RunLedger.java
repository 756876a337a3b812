package io.quanta.runtime.pipeline.runs;

import io.quanta.runtime.storage.Storage;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where runs are kept: {@code _quanta_runs}, and in memory those the storage could not take yet (it was
 * down: the very runs that say so), written with the next run that can be. Reads merge both, so a run is
 * readable the moment it ends.
 */
public final class RunLedger {

  private static final Logger LOG = LoggerFactory.getLogger(RunLedger.class);
  private static final int MAX_UNRECORDED = 50;

  private final RunStore store;
  private final Storage storage;
  private final Map<String, Run> unrecorded = new LinkedHashMap<>();

  public RunLedger(RunStore store, Storage storage) {
    this.store = store;
    this.storage = storage;
  }

  /** Holds an ended run in memory, so it can be read before it is written. */
  public synchronized void remember(Run run) {
    unrecorded.put(run.id(), run);
    while (unrecorded.size() > MAX_UNRECORDED) {
      unrecorded.remove(unrecorded.keySet().iterator().next());
    }
  }

  /** Writes the run (and any written too late before); one that cannot be written now stays in memory. */
  public Future<Void> record(Run run) {
    List<Run> pending;
    synchronized (this) {
      pending = new ArrayList<>(unrecorded.values());
      pending.removeIf(p -> p.id().equals(run.id()));
    }
    return storage.call(c -> {
      for (Run earlier : pending) {
        store.save(c, earlier);
      }
      store.save(c, run);
      store.trim(c);
      return null;
    }).<Void>mapEmpty().onSuccess(v -> {
      synchronized (this) {
        pending.forEach(p -> unrecorded.remove(p.id(), p));
        unrecorded.remove(run.id(), run);
      }
    }).recover(e -> {
      synchronized (this) {
        unrecorded.putIfAbsent(run.id(), run);
      }
      LOG.debug("run {} not recorded yet: {}", run.id(), e.toString());
      return Future.succeededFuture();
    });
  }

  /** The newest runs first, with the one in progress. */
  public Future<List<Run>> newest(int limit, Optional<Run> running) {
    return storage.call(c -> store.newest(c, limit)).map(stored -> {
      List<Run> out = new ArrayList<>();
      running.ifPresent(out::add);
      synchronized (this) {
        unrecorded.values().stream().filter(u -> out.stream().noneMatch(o -> o.id().equals(u.id()))).forEach(out::add);
      }
      stored.stream().filter(r -> out.stream().noneMatch(o -> o.id().equals(r.id()))).forEach(out::add);
      out.sort((a, b) -> b.startedAt().compareTo(a.startedAt()));
      return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    });
  }

  /** One run, from memory or the store. */
  public Future<Optional<Run>> get(String id) {
    synchronized (this) {
      if (unrecorded.containsKey(id)) {
        return Future.succeededFuture(Optional.of(unrecorded.get(id)));
      }
    }
    return storage.call(c -> store.get(c, id));
  }
}
