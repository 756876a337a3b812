package io.quanta.runtime.pipeline.triggers;

import io.quanta.runtime.pipeline.source.Upstream;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks each upstream quantum every {@code pipeline.upstreamPollSeconds} which version it has published
 * ({@code publishedVersion} of its {@code /observability/status}) and starts a run when one differs from the
 * version the current data was built from. So a new upstream version is picked up within one poll interval
 * plus the run. A version that already triggered a run does not trigger another (a failed run is retried by
 * the pipeline's own backoff); one skipped while the quantum is paused triggers once it is active again.
 * Upstreams that publish no versions (sidecars) never trigger.
 */
public final class UpstreamWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(UpstreamWatcher.class);

  private final Vertx vertx;
  private final WorkerExecutor worker;
  private final Map<String, Upstream> upstreams;
  private final long periodMillis;
  private final Supplier<Map<String, Long>> consumed;
  private final BiPredicate<String, String> trigger;
  private final Map<String, Long> triggered = new ConcurrentHashMap<>();
  private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
  private volatile long timer = -1;
  private volatile boolean polling;

  /**
   * @param upstreams the upstream of each quantum source, by source name
   * @param consumed the upstream versions the current data was built from, by source name
   * @param trigger starts a run with a trigger detail (source name, detail); false when it was skipped (paused),
   *     so the same version triggers again at a later poll
   */
  public UpstreamWatcher(Vertx vertx, WorkerExecutor worker, Map<String, Upstream> upstreams, int periodSeconds,
      Supplier<Map<String, Long>> consumed, BiPredicate<String, String> trigger) {
    this.vertx = vertx;
    this.worker = worker;
    this.upstreams = Map.copyOf(upstreams);
    this.periodMillis = periodSeconds * 1000L;
    this.consumed = consumed;
    this.trigger = trigger;
  }

  public void start() {
    if (!upstreams.isEmpty()) {
      timer = vertx.setPeriodic(periodMillis, periodMillis, id -> poll());
    }
  }

  public void stop() {
    vertx.cancelTimer(timer);
  }

  private void poll() {
    if (polling) {
      return;
    }
    polling = true;
    worker.executeBlocking(this::published, false)
        .onComplete(done -> polling = false)
        .onSuccess(this::compare)
        .onFailure(e -> LOG.debug("upstream poll failed: {}", e.toString()));
  }

  private Map<String, Long> published() {
    Map<String, Long> out = new LinkedHashMap<>();
    upstreams.forEach((source, upstream) -> {
      try {
        Optional<Long> version = upstream.publishedVersion(upstream.url());
        version.ifPresent(v -> out.put(source, v));
        if (unreachable.remove(source)) {
          LOG.info("upstream quantum {} answers again", upstream.origin().label());
        }
      } catch (java.io.IOException e) {
        if (unreachable.add(source)) {
          LOG.warn("upstream quantum {} cannot be asked for its version: {}", upstream.origin().label(), e.getMessage());
        }
      }
    });
    return out;
  }

  private void compare(Map<String, Long> published) {
    Map<String, Long> current = consumed.get();
    published.forEach((source, version) -> {
      if (!Objects.equals(current.get(source), version) && !Objects.equals(triggered.get(source), version)
          && trigger.test(source, "quantum " + upstreams.get(source).origin().label() + " published version "
              + version)) {
        triggered.put(source, version);
      }
    });
  }
}
